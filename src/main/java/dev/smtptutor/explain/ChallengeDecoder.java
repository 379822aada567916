package dev.smtptutor.explain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decodes the base64 text of a 334 reply (RFC 4954 §4) and says what the server asks for: the LOGIN
 * prompts, a CRAM-MD5 challenge (RFC 2195 §2), an OAuth error, or data only a program can answer.
 */
final class ChallengeDecoder {

    /**
     * RFC 2195 §2: the challenge has the form of a msg-id, e.g. {@code <1896.697170952@postoffice.example.net>}.
     * Compiled on the first challenge: an explainer is made before the first prompt, and a compile is
     * milliseconds then.
     */
    private static final class MsgId {
        static final Pattern PATTERN = Pattern.compile("<[^<>@\\s]+@[^<>\\s]+>");
    }

    private final Texts texts;

    ChallengeDecoder(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param text       the 334 reply's text
     * @param mechanism  the AUTH mechanism in use, when known
     * @param linesSent  how many credentials the client has sent so far (initial response included); used only
     *                   to tell LOGIN's prompts apart when a server words them unusually
     */
    Challenge decode(String text, Optional<String> mechanism, int linesSent) {
        String base64 = text.strip();
        Optional<String> decoded = Optional.empty();
        Challenge.Kind kind;
        int bytes = 0;
        if (base64.isEmpty()) {
            kind = Challenge.Kind.EMPTY;
        } else {
            Optional<byte[]> raw = bytesOf(base64);
            if (raw.isEmpty()) {
                kind = Challenge.Kind.NOT_BASE64;
            } else {
                bytes = raw.get().length;
                decoded = readableText(raw.get());
                kind = decoded.map(d -> kindOf(d, mechanism.orElse(""), linesSent)).orElse(Challenge.Kind.BINARY);
            }
        }
        Map<String, String> values = Map.of(
                "decoded", decoded.orElse(base64),
                "mechanism", mechanism.orElse("AUTH"),
                "bytes", String.valueOf(bytes));
        return new Challenge(base64, decoded, kind, Texts.fill(texts.require(key(kind)), values));
    }

    String next(Challenge challenge) {
        return texts.require(key(challenge.kind()) + ".next");
    }

    private static String key(Challenge.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Challenge.Kind kindOf(String decoded, String mechanism, int linesSent) {
        String lower = decoded.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("username") || lower.startsWith("user name") || lower.equals("user:")) {
            return Challenge.Kind.USERNAME;
        }
        if (lower.startsWith("password")) {
            return Challenge.Kind.PASSWORD;
        }
        if (mechanism.equals("CRAM-MD5") || MsgId.PATTERN.matcher(decoded.strip()).matches()) {
            return Challenge.Kind.CRAM_MD5;
        }
        if (lower.startsWith("{") && (mechanism.contains("OAUTH") || lower.contains("\"status\""))) {
            return Challenge.Kind.OAUTH_ERROR;
        }
        if (mechanism.equals("LOGIN") && linesSent <= 1) {
            // LOGIN asks for the user name first, then the password, whatever words the server uses.
            return linesSent == 0 ? Challenge.Kind.USERNAME : Challenge.Kind.PASSWORD;
        }
        return Challenge.Kind.OTHER;
    }

    private static Optional<byte[]> bytesOf(String base64) {
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * The bytes as text when they are valid UTF-8 without control characters; empty for binary data.
     * (SaslCodec.unbase64 turns bad UTF-8 into U+FFFD, which would hide that a GSSAPI or NTLM token is binary.)
     */
    private static Optional<String> readableText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            boolean printable = text.chars().allMatch(c -> !Character.isISOControl(c) || c == '\t');
            return printable ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
