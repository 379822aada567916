package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import java.util.Optional;

/**
 * What a server built on the simulator (the classroom) may add to every session: a say before each
 * command (its limits). Called on the session's own thread; the session id is the one
 * {@link SessionObserver} sees. Accepted messages go to the {@link DeliverySink}.
 */
public interface SessionHooks {

    SessionHooks NONE = new SessionHooks() {};

    /**
     * Before a parsed command is handled: a reply to send instead, e.g. a limit. A 421 also closes the
     * connection (RFC 5321 §3.8).
     */
    default Optional<Reply> beforeCommand(long session, Command command) {
        return Optional.empty();
    }
}
