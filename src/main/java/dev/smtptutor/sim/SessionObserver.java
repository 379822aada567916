package dev.smtptutor.sim;

import dev.smtptutor.protocol.Reply;
import java.net.SocketAddress;

/** Watches sessions on a {@link SimServer}: `serve` logs transcripts with it, tests record with it. */
public interface SessionObserver {

    SessionObserver NONE = new SessionObserver() {};

    default void opened(long session, SocketAddress client) {}

    /** A line from the client; {@code secret} for AUTH exchanges, which must not be shown as sent. */
    default void received(long session, String line, boolean secret) {}

    default void sent(long session, Reply reply) {}

    /** The client logged in as {@code user} with AUTH (after the 235 was sent). */
    default void authenticated(long session, String user) {}

    default void tlsStarted(long session, String protocol, String cipherSuite) {}

    default void closed(long session, String why) {}

    /** A client was refused before its session began: the server had as many sessions as it allows. */
    default void refused(SocketAddress client) {}
}
