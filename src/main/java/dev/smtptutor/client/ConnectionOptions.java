package dev.smtptutor.client;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to connect.
 *
 * @param host           a host name or IP address, as the learner typed it (also the name the
 *                       certificate must carry)
 * @param port           1..65535
 * @param mode           plain, STARTTLS later, or TLS from the first byte
 * @param connectTimeout how long to wait for the TCP connection
 * @param replyTimeout   how long to wait for each complete reply (and for the TLS handshake)
 * @param trust          which certificates are accepted
 */
public record ConnectionOptions(String host, int port, TlsMode mode, Duration connectTimeout,
                                Duration replyTimeout, Trust trust) {

    /** Why options cannot be used, in the reader's language. */
    private static final ResourceTexts WORDS = ResourceTexts.load("details");


    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // RFC 5321 §4.5.3.2 lets a client wait minutes per reply; a learner at the keyboard should hear
    // sooner that the server is silent. Callers needing RFC patience pass a longer timeout.
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(30);

    public ConnectionOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trust, "trust");
        if (host.isBlank()) {
            throw new IllegalArgumentException(WORDS.text("options.empty-host", Map.of()));
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(WORDS.text("options.bad-port", Map.of("port", port)));
        }
        requirePositive(connectTimeout, "options.connect-timeout");
        requirePositive(replyTimeout, "options.reply-timeout");
        host = host.strip();
    }

    /** {@code key}: the words for "the connect timeout must be longer than zero". */
    private static void requirePositive(Duration timeout, String key) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException(WORDS.text(key, Map.of()));
        }
    }

    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    /** "host:port", with brackets around an IPv6 address. */
    public String endpoint() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    public static final class Builder {
        private final String host;
        private final int port;
        private TlsMode mode = TlsMode.PLAIN;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration replyTimeout = DEFAULT_REPLY_TIMEOUT;
        private Trust trust = Trust.systemDefault();

        private Builder(String host, int port) {
            this.host = host;
            this.port = port;
        }

        public Builder mode(TlsMode value) {
            this.mode = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder replyTimeout(Duration value) {
            this.replyTimeout = value;
            return this;
        }

        public Builder trust(Trust value) {
            this.trust = value;
            return this;
        }

        public ConnectionOptions build() {
            return new ConnectionOptions(host, port, mode, connectTimeout, replyTimeout, trust);
        }
    }
}
