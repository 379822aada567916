package dev.smtptutor.classroom;

import java.util.regex.Pattern;

/**
 * Words the classroom puts in an SMTP reply (the 250's feedback, HELP EXERCISE): printable ASCII only,
 * since reply text is ASCII without SMTPUTF8 (RFC 5321 §4.2); anything else becomes '?'.
 */
final class WireText {

    private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x20-\\x7e]");

    private WireText() {}

    static String ascii(String text) {
        return NOT_PRINTABLE_ASCII.matcher(text).replaceAll("?");
    }
}
