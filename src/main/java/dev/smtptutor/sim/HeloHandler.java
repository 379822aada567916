package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;

/** HELO (RFC 5321 §4.1.1.1): the old greeting; no extensions are listed or in effect. */
final class HeloHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        session.resetTransaction();
        session.state = SmtpState.GREETED;
        session.extended = false;
        session.heloName = command.argument();
        return reply(Replies.helo(session.config.hostName()));
    }
}
