package dev.smtptutor.sim;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Where an embedding server (the classroom) is told of each accepted message, before the client is.
 * The simulator calls {@link #deliver} on the session's thread after the final dot (or BDAT LAST),
 * once the scenario's rules have let the message through, and sends its 250 only when the call
 * returns: an implementation that writes the message to disk returns once it is durable (written and
 * fsynced, as Postfix does before it answers), and may batch several sessions into one fsync (group
 * commit) by blocking each caller until its batch is on disk.
 *
 * <p>If the call throws, the client gets {@code 451 4.3.0 Error: queue file write error} (Postfix's
 * words for the same failure, RFC 5321 §4.2.5: a transient failure the client should retry), the
 * message is not kept in the {@link MailStore} and no DSN is generated for it.
 */
@FunctionalInterface
public interface DeliverySink {

    /** Keeps nothing beyond the in-memory {@link MailStore}: the simulator for one learner. */
    DeliverySink NONE = (message, mailboxes) -> Optional.empty();

    /**
     * @param message   the message as accepted, with what the session knew (EHLO name, TLS, AUTH user)
     * @param mailboxes the recipient mailboxes it goes to, lower-cased, each once; empty when every
     *                  recipient was accepted only to bounce later
     * @return a short note to add to the 250 reply text (e.g. which exercise the message counted for),
     *         or empty; control characters are replaced, it stays on one line
     * @throws IOException when the message could not be made durable; the client is told to retry
     */
    Optional<String> deliver(StoredMessage message, Set<String> mailboxes) throws IOException;

    /**
     * The same, knowing which session it came from (the id {@link SessionObserver} sees; 0 outside a
     * server): a classroom judges the message on that session's exchanges.
     */
    default Optional<String> deliver(long session, StoredMessage message, Set<String> mailboxes) throws IOException {
        return deliver(message, mailboxes);
    }

    /**
     * True when this sink is where accepted mail lives (the classroom's Maildirs), so the simulator
     * keeps no second copy in its in-memory {@link MailStore}: nothing would read it, and a whole class
     * would otherwise queue on that one store's lock for every message.
     */
    default boolean keepsTheMail() {
        return false;
    }
}
