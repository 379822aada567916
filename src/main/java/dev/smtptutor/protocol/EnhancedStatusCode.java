package dev.smtptutor.protocol;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enhanced mail system status code, class.subject.detail (RFC 3463 §2, registry of RFC 5248).
 * Class is 2, 4 or 5; subject and detail are 1 to 3 digits without leading zeros.
 */
public record EnhancedStatusCode(int codeClass, int subject, int detail) {

    // RFC 3463 §2: status-code = class "." subject "." detail; subject/detail = 1*3digit
    private static final Pattern AT_START = Pattern.compile("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?=\\s|$)");

    public EnhancedStatusCode {
        if (codeClass != 2 && codeClass != 4 && codeClass != 5) {
            throw new IllegalArgumentException("enhanced status class must be 2, 4 or 5: " + codeClass);
        }
        if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
            throw new IllegalArgumentException("subject and detail must be 0..999");
        }
    }

    /** Parses "5.1.1"; empty when the text is not exactly an enhanced status code. */
    public static Optional<EnhancedStatusCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = AT_START.matcher(text.trim());
        if (!m.find() || m.end() != text.trim().length()) {
            return Optional.empty();
        }
        return Optional.of(of(m));
    }

    /** The enhanced status code at the start of a reply line's text, if the line starts with one. */
    public static Optional<EnhancedStatusCode> atStartOf(String replyText) {
        Matcher m = AT_START.matcher(replyText);
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }

    private static EnhancedStatusCode of(Matcher m) {
        return new EnhancedStatusCode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    /** The registry key of this code with the class as X, e.g. "X.1.1". */
    public String registryKey() {
        return "X." + subject + "." + detail;
    }

    /** The registry key of the subject alone, e.g. "X.1.YYY". */
    public String subjectKey() {
        return "X." + subject + ".YYY";
    }

    /** The registry key of the class alone, e.g. "5.XXX.YYY". */
    public String classKey() {
        return codeClass + ".XXX.YYY";
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + detail;
    }
}
