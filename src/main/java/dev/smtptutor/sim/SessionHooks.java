package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import java.io.IOException;
import java.util.Optional;

/**
 * What a server built on the simulator (the classroom) may add to every session: a say before each
 * command (limits), and the last word on each accepted message before its 250 (writing it to disk).
 * Called on the session's own thread; the session id is the one {@link SessionObserver} sees.
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

    /**
     * A message was accepted, before it is stored and acknowledged: return once it is safe (the 250
     * follows at once), with words to add to the 250's text. Throwing means it could not be kept:
     * the client gets {@code 451 4.3.0} and may try again (RFC 5321 §4.2.5: never acknowledge what
     * is not safe).
     */
    default Optional<String> accepted(long session, StoredMessage message) throws IOException {
        return Optional.empty();
    }
}
