package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;

/** DATA (RFC 5321 §4.1.1.4): with at least one recipient, 354 and the message text follows. */
final class DataHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        if (session.transaction == null && !session.greeted()) {
            return reply(Replies.NEED_EHLO);
        }
        if (session.transaction == null) {
            return reply(Replies.NEED_MAIL);
        }
        if (session.transaction.chunks != null) {
            return reply(Replies.DATA_AFTER_BDAT); // RFC 3030 §2: one transaction, DATA or BDAT, not both
        }
        if (session.transaction.recipients.isEmpty()) {
            return reply(Replies.NEED_RCPT);
        }
        session.state = SmtpState.DATA;
        session.continuation = new MessageReceiver(session.config.sizeLimit(), session.store);
        return reply(Replies.START_MAIL_INPUT);
    }
}
