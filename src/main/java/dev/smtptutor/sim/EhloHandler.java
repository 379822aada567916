package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.ArrayList;
import java.util.List;

/**
 * EHLO (RFC 5321 §4.1.1.1): names the client, resets any transaction, and answers with the server's
 * name and one line per extension it offers in this state.
 */
final class EhloHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        session.resetTransaction();
        session.state = SmtpState.GREETED;
        session.extended = true;
        session.heloName = command.argument();
        return reply(Reply.multiline(250, capabilities(session)));
    }

    /** The server's name, then each extension on offer now, in {@link EhloKeyword}'s order. */
    static List<String> capabilities(SessionState session) {
        List<String> lines = new ArrayList<>();
        lines.add(session.config.hostName());
        for (EhloKeyword keyword : EhloKeyword.values()) {
            keyword.line(session).ifPresent(lines::add);
        }
        return lines;
    }
}
