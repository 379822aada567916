package dev.smtptutor.sim;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Reply;
import java.net.SocketAddress;

/** Watches sessions on a {@link SimServer}: `serve` logs transcripts with it, tests record with it. */
public interface SessionObserver {

    SessionObserver NONE = new SessionObserver() {};

    default void opened(long session, SocketAddress client) {}

    /** A line from the client; {@code secret} for AUTH exchanges, which must not be shown as sent. */
    default void received(long session, String line, boolean secret) {}

    default void sent(long session, Reply reply) {}

    /**
     * One step of the session as the exchange record: the same {@link Exchange} a client's
     * conversation records (AUTH secrets masked), with the server's own facts (state, TLS, the
     * authenticated user). Called after {@link #sent} for the reply that completes it.
     */
    default void exchanged(long session, Exchange exchange) {}

    default void tlsStarted(long session, String protocol, String cipherSuite) {}

    default void closed(long session, String why) {}

    /** A client was refused before its session began: the server had as many sessions as it allows. */
    default void refused(SocketAddress client) {}
}
