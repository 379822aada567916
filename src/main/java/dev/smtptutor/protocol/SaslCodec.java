package dev.smtptutor.protocol;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encodings of SMTP AUTH: base64 lines (RFC 4954 §4), the PLAIN message (RFC 4616 §2)
 * and the CRAM-MD5 response (RFC 2195 §2).
 */
public final class SaslCodec {

    private SaslCodec() {}

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a base64 line; empty when it is not valid base64 (RFC 4954 §4 answers that with 501). */
    public static Optional<String> unbase64(String line) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(line.strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** message = [authzid] UTF8NUL authcid UTF8NUL passwd (RFC 4616 §2). */
    public record PlainCredentials(String authzid, String user, String password) {}

    public static String plain(String user, String password) {
        return base64("\0" + user + "\0" + password);
    }

    public static Optional<PlainCredentials> decodePlain(String base64) {
        return unbase64(base64).flatMap(message -> {
            String[] parts = message.split("\0", -1);
            if (parts.length != 3 || parts[1].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PlainCredentials(parts[0], parts[1], parts[2]));
        });
    }

    /** The CRAM-MD5 response: user SP hex(HMAC-MD5(password, challenge)), base64-encoded (RFC 2195 §2). */
    public static String cramMd5Response(String user, String password, String challenge) {
        return base64(user + " " + hmacMd5Hex(password, challenge));
    }

    public static String hmacMd5Hex(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            // HMAC pads the key with zeros (RFC 2104 §2), so an empty key equals one zero byte;
            // SecretKeySpec refuses an empty array.
            mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[1] : keyBytes, "HmacMD5"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacMD5 is part of every Java runtime", e);
        }
    }
}
