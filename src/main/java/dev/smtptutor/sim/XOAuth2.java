package dev.smtptutor.sim;

import dev.smtptutor.protocol.SaslCodec;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AUTH XOAUTH2, the bearer-token mechanism of Gmail and Microsoft 365 (the ancestor of OAUTHBEARER,
 * RFC 7628). The client's one message is base64 of {@code "user=" user ^A "auth=Bearer " token ^A ^A}.
 * A good token for a known user succeeds; a bad one gets a 334 carrying an error JSON, the client
 * answers with an empty line, and only then comes 535, as Gmail does it.
 */
final class XOAuth2 implements SaslMechanism {

    private static final Pattern MESSAGE = Pattern.compile("user=([^\\x01]*)\\x01auth=Bearer ([^\\x01]*)\\x01\\x01");

    private final SimConfig config;
    private final String token;
    private boolean errorSent;

    XOAuth2(SimConfig config, String token) {
        this.config = config;
        this.token = token;
    }

    @Override
    public SaslStep start(Optional<String> initialResponse) {
        return initialResponse.map(this::respond).orElse(new SaslStep.Challenge(""));
    }

    @Override
    public SaslStep respond(String base64) {
        if (errorSent) {
            return new SaslStep.Failure(Replies.XOAUTH2_FAILED); // whatever the client said to the error
        }
        Optional<String> decoded = SaslCodec.unbase64(base64);
        if (decoded.isEmpty()) {
            return new SaslStep.Failure(Replies.CANNOT_DECODE);
        }
        Matcher m = MESSAGE.matcher(decoded.get());
        if (m.matches() && m.group(2).equals(token)) {
            Optional<String> user = SaslMechanisms.user(m.group(1), config).map(User::name);
            if (user.isPresent()) {
                return new SaslStep.Success(user.get());
            }
        }
        errorSent = true;
        return new SaslStep.Challenge(SaslCodec.base64(Replies.XOAUTH2_ERROR_JSON));
    }
}
