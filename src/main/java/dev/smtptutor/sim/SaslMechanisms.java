package dev.smtptutor.sim;

import dev.smtptutor.protocol.SaslCodec;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SASL mechanisms the simulator offers: PLAIN (RFC 4616), LOGIN, CRAM-MD5 (RFC 2195), and
 * XOAUTH2 (Google's and Microsoft's bearer tokens) where the scenario configures a token.
 */
final class SaslMechanisms {

    static final List<String> NAMES = List.of("PLAIN", "LOGIN", "CRAM-MD5");
    static final String XOAUTH2 = "XOAUTH2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SaslMechanisms() {}

    static Optional<SaslMechanism> create(String name, SimConfig config) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "PLAIN" -> Optional.of(new Plain(config));
            case "LOGIN" -> Optional.of(new Login(config));
            case "CRAM-MD5" -> Optional.of(new CramMd5(config));
            case XOAUTH2 -> config.xoauth2Token().map(token -> new XOAuth2(config, token));
            default -> Optional.empty();
        };
    }

    /** The mechanisms EHLO lists for this config. */
    static List<String> names(SimConfig config) {
        if (config.xoauth2Token().isEmpty()) {
            return NAMES;
        }
        List<String> names = new java.util.ArrayList<>(NAMES);
        names.add(XOAUTH2);
        return names;
    }

    /** A user name as typed ("alice", "alice@example.test") to the user it names. */
    static Optional<User> user(String login, SimConfig config) {
        return config.login(login);
    }

    private static SaslStep check(String login, String password, SimConfig config) {
        return user(login, config).filter(user -> user.password().equals(password))
                .<SaslStep>map(user -> new SaslStep.Success(user.name()))
                .orElse(new SaslStep.Failure(Replies.AUTH_FAILED));
    }

    private static final SaslStep CANNOT_DECODE = new SaslStep.Failure(Replies.CANNOT_DECODE);

    /** RFC 4616 §2: one message, [authzid] NUL authcid NUL passwd; an empty challenge if none came yet. */
    private record Plain(SimConfig config) implements SaslMechanism {
        @Override
        public SaslStep start(Optional<String> initialResponse) {
            return initialResponse.map(this::respond).orElse(new SaslStep.Challenge(""));
        }

        @Override
        public SaslStep respond(String base64) {
            if (SaslCodec.unbase64(base64).isEmpty()) {
                return CANNOT_DECODE;
            }
            return SaslCodec.decodePlain(base64)
                    // Acting as another user (authzid) is not allowed here, as in Postfix with Cyrus.
                    .filter(c -> c.authzid().isEmpty() || c.authzid().equalsIgnoreCase(c.user()))
                    .map(c -> check(c.user(), c.password(), config))
                    .orElse(new SaslStep.Failure(Replies.AUTH_FAILED));
        }
    }

    /** LOGIN (draft-murchison-sasl-login): "Username:" then "Password:", each base64. */
    private static final class Login implements SaslMechanism {
        static final String USERNAME = SaslCodec.base64("Username:");
        static final String PASSWORD = SaslCodec.base64("Password:");
        private final SimConfig config;
        private String user;

        Login(SimConfig config) {
            this.config = config;
        }

        @Override
        public SaslStep start(Optional<String> initialResponse) {
            return initialResponse.map(this::respond).orElse(new SaslStep.Challenge(USERNAME));
        }

        @Override
        public SaslStep respond(String base64) {
            Optional<String> decoded = SaslCodec.unbase64(base64);
            if (decoded.isEmpty()) {
                return CANNOT_DECODE;
            }
            if (user == null) {
                user = decoded.get();
                return new SaslStep.Challenge(PASSWORD);
            }
            return check(user, decoded.get(), config);
        }
    }

    /** RFC 2195 §2: the server sends a unique challenge; the client answers user SP HMAC-MD5 hex. */
    private static final class CramMd5 implements SaslMechanism {
        private final SimConfig config;
        private final String challenge;

        CramMd5(SimConfig config) {
            this.config = config;
            this.challenge = "<" + Long.toUnsignedString(RANDOM.nextLong()) + "." + System.currentTimeMillis()
                    + "@" + config.hostName() + ">";
        }

        @Override
        public SaslStep start(Optional<String> initialResponse) {
            // RFC 4954 §4: a mechanism whose server speaks first takes no initial response.
            return initialResponse.isPresent() ? new SaslStep.Failure(Replies.AUTH_FAILED)
                    : new SaslStep.Challenge(SaslCodec.base64(challenge));
        }

        @Override
        public SaslStep respond(String base64) {
            Optional<String> decoded = SaslCodec.unbase64(base64);
            if (decoded.isEmpty()) {
                return CANNOT_DECODE;
            }
            String answer = decoded.get();
            int space = answer.lastIndexOf(' ');
            if (space <= 0) {
                return new SaslStep.Failure(Replies.AUTH_FAILED);
            }
            String digest = answer.substring(space + 1).toLowerCase(Locale.ROOT);
            return user(answer.substring(0, space), config)
                    .filter(u -> SaslCodec.hmacMd5Hex(u.password(), challenge).equals(digest))
                    .<SaslStep>map(u -> new SaslStep.Success(u.name()))
                    .orElse(new SaslStep.Failure(Replies.AUTH_FAILED));
        }
    }
}
