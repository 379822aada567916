package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import java.util.List;

/** STARTTLS (RFC 3207 §4): 220, then the TLS handshake begins on the same connection. */
final class StartTlsHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        if (!session.config.tlsAvailable()) {
            return reply(Replies.NOT_IMPLEMENTED);
        }
        if (session.tls) {
            return reply(Replies.TLS_ALREADY_ACTIVE);
        }
        if (session.transaction != null) {
            return reply(Replies.TRANSACTION_IN_PROGRESS);
        }
        return List.of(new SessionAction.Send(Replies.READY_TO_START_TLS), new SessionAction.StartTls());
    }
}
