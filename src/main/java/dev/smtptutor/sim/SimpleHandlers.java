package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.SmtpState;
import java.util.List;

/** The verbs whose whole behaviour fits in a line or two. */
final class SimpleHandlers {

    private SimpleHandlers() {}

    /** RSET (RFC 5321 §4.1.1.5): abort the transaction, keep the greeting. */
    static final CommandHandler RSET = (command, session) -> {
        session.resetTransaction();
        return reply(Replies.OK);
    };

    /** NOOP (RFC 5321 §4.1.1.9): does nothing; the argument, if any, is ignored. */
    static final CommandHandler NOOP = (command, session) -> reply(Replies.OK);

    /** QUIT (RFC 5321 §4.1.1.10): 221, then the server closes. */
    static final CommandHandler QUIT = (command, session) -> {
        session.resetTransaction();
        session.state = SmtpState.CLOSED;
        return List.of(new SessionAction.Send(Replies.BYE), new SessionAction.Close());
    };
}
