package dev.smtptutor.sim;

import java.util.Optional;

/**
 * The extensions the simulator can announce in its EHLO reply, in the order it lists them (as Postfix
 * does), each with the rule for when it is on offer. A verb or parameter that needs one names it in
 * the {@link VerbTable}; {@link EhloHandler} lists those whose rule holds.
 */
enum EhloKeyword {
    PIPELINING {            // RFC 2920
        @Override
        Optional<String> line(SessionState session) {
            return Optional.of("PIPELINING");
        }
    },
    SIZE {                  // RFC 1870
        @Override
        Optional<String> line(SessionState session) {
            return Optional.of("SIZE " + session.config.sizeLimit());
        }
    },
    EXPN {                  // RFC 5321 §3.5.2: a server that answers EXPN MUST list it
        @Override
        Optional<String> line(SessionState session) {
            return session.config.vrfyPolicy() == VrfyPolicy.ANSWER ? Optional.of("EXPN") : Optional.empty();
        }
    },
    STARTTLS {              // RFC 3207 §4.2: not again after TLS
        @Override
        Optional<String> line(SessionState session) {
            return session.config.tlsAvailable() && !session.tls ? Optional.of("STARTTLS") : Optional.empty();
        }
    },
    AUTH {                  // RFC 4954 §3
        @Override
        Optional<String> line(SessionState session) {
            return session.authOffered()
                    ? Optional.of("AUTH " + String.join(" ", SaslMechanisms.names(session.config))) : Optional.empty();
        }
    },
    ENHANCEDSTATUSCODES {   // RFC 2034
        @Override
        Optional<String> line(SessionState session) {
            return session.config.enhancedStatusCodes() ? Optional.of("ENHANCEDSTATUSCODES") : Optional.empty();
        }
    },
    EIGHTBITMIME {          // RFC 6152
        @Override
        Optional<String> line(SessionState session) {
            return Optional.of("8BITMIME");
        }
    },
    DSN {                   // RFC 3461
        @Override
        Optional<String> line(SessionState session) {
            return session.config.dsn() ? Optional.of("DSN") : Optional.empty();
        }
    },
    SMTPUTF8 {              // RFC 6531
        @Override
        Optional<String> line(SessionState session) {
            return Optional.of("SMTPUTF8");
        }
    },
    CHUNKING {              // RFC 3030
        @Override
        Optional<String> line(SessionState session) {
            return session.config.chunking() ? Optional.of("CHUNKING") : Optional.empty();
        }
    },
    HELP {
        @Override
        Optional<String> line(SessionState session) {
            return Optional.of("HELP");
        }
    };

    /** The keyword as it appears on the wire. */
    String keyword() {
        return this == EIGHTBITMIME ? "8BITMIME" : name();
    }

    /** The constant for a keyword a {@code Verb} names. */
    static EhloKeyword named(String keyword) {
        for (EhloKeyword k : values()) {
            if (k.keyword().equals(keyword)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no EHLO keyword " + keyword);
    }

    /** The EHLO reply line that announces the extension now, or empty when it is not on offer. */
    abstract Optional<String> line(SessionState session);

    boolean offered(SessionState session) {
        return line(session).isPresent();
    }
}
