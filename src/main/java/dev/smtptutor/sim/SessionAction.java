package dev.smtptutor.sim;

import dev.smtptutor.protocol.Reply;
import java.time.Duration;

/** What a session asks its connection to do, in order. */
public sealed interface SessionAction permits SessionAction.Send, SessionAction.StartTls, SessionAction.Close,
        SessionAction.Pause, SessionAction.ReadOctets {

    /** Write a reply. */
    record Send(Reply reply) implements SessionAction {}

    /** Begin the TLS handshake now; the 220 that allows it has been sent (RFC 3207 §4). */
    record StartTls() implements SessionAction {}

    /** Close the connection after what came before has been written. */
    record Close() implements SessionAction {}

    /** Wait before the next action (teaching scenarios: slow servers, timeouts). */
    record Pause(Duration duration) implements SessionAction {}

    /**
     * Read exactly this many octets, whatever they hold, and hand them to {@link SimSession#octets};
     * its answer comes with the last of them (a BDAT chunk, RFC 3030 §2).
     */
    record ReadOctets(long count) implements SessionAction {}

    static Send send(Reply reply) {
        return new Send(reply);
    }
}
