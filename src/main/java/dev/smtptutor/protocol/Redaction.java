package dev.smtptutor.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials before a line is recorded, on either side of a session. The base64 of AUTH is an
 * encoding, not encryption: "AGFsaWNlAHdvbmRlcmxhbmQ=" is alice's password for anyone who reads a
 * transcript.
 */
public final class Redaction {

    /** auth-command = "AUTH" SP sasl-mech [SP initial-response] (RFC 4954 §4); compiled at the first AUTH line. */
    private static final class AuthLine {
        static final Pattern WITH_RESPONSE = Pattern.compile("^(\\s*AUTH\\s+\\S+\\s+)\\S.*$", Pattern.CASE_INSENSITIVE);
    }

    private Redaction() {}

    /**
     * The line as a transcript may show it: an AUTH initial response masked, and every line answering
     * a 334 challenge masked whole (it may be a user name, a password, or a CRAM-MD5 digest).
     */
    public static String forDisplay(String line, boolean answeringChallenge) {
        if (answeringChallenge) {
            return Exchange.MASK;
        }
        if (!startsWithAuth(line)) {
            return line; // the common case, without a regular expression: every line of a class passes here
        }
        Matcher auth = AuthLine.WITH_RESPONSE.matcher(line);
        return auth.matches() ? auth.group(1) + Exchange.MASK : line;
    }

    /** True when the line, sent as a command, carries an AUTH initial response (a secret). */
    public static boolean hasSecret(String line) {
        return startsWithAuth(line) && AuthLine.WITH_RESPONSE.matcher(line).matches();
    }

    private static boolean startsWithAuth(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return line.regionMatches(true, start, "AUTH", 0, 4);
    }
}
