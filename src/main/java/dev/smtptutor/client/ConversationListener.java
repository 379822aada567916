package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

/** Hears each step of a {@link Conversation} as it completes, on the thread driving it. */
@FunctionalInterface
public interface ConversationListener {

    /** A step completed (pipelined replies are reported one by one, as each arrives). */
    void exchanged(Exchange exchange);

    /** The TLS handshake succeeded; the next lines travel encrypted. */
    default void tlsStarted(TlsDetails details) {
        // most listeners only render exchanges
    }
}
