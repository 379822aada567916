package dev.smtptutor.protocol;

import java.util.Optional;

/**
 * An enhanced mail system status code, class.subject.detail (RFC 3463 §2, registry of RFC 5248).
 * Class is 2, 4 or 5; subject and detail are 1 to 3 digits without leading zeros.
 */
public record EnhancedStatusCode(int codeClass, int subject, int detail) {

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
        String trimmed = text.trim();
        return read(trimmed, true);
    }

    /** The enhanced status code at the start of a reply line's text, if the line starts with one. */
    public static Optional<EnhancedStatusCode> atStartOf(String replyText) {
        return read(replyText, false);
    }

    /**
     * RFC 3463 §2: status-code = class "." subject "." detail, class = "2" / "4" / "5", subject and detail
     * 1*3digit; at the start of the text and followed by a blank or the end ({@code whole}: by the end
     * only). Read by hand, not by a regular expression: every reply line is read this way, and the first
     * pattern a JVM compiles costs milliseconds of the shell's start. {@code EnhancedStatusCodeTest} holds
     * it equal to the pattern {@code ^([245])\.(\d{1,3})\.(\d{1,3})(?=\s|$)}.
     */
    private static Optional<EnhancedStatusCode> read(String text, boolean whole) {
        int length = text.length();
        if (length < 5 || (text.charAt(0) != '2' && text.charAt(0) != '4' && text.charAt(0) != '5')
                || text.charAt(1) != '.') {
            return Optional.empty();
        }
        int subjectEnd = digitsEnd(text, 2);
        if (subjectEnd == 2 || subjectEnd - 2 > 3 || subjectEnd >= length || text.charAt(subjectEnd) != '.') {
            return Optional.empty();
        }
        int detailStart = subjectEnd + 1;
        int detailEnd = digitsEnd(text, detailStart);
        if (detailEnd == detailStart || detailEnd - detailStart > 3) {
            return Optional.empty();
        }
        boolean ends = detailEnd == length || (!whole && endsThere(text, detailEnd));
        if (!ends) {
            return Optional.empty();
        }
        return Optional.of(new EnhancedStatusCode(text.charAt(0) - '0', Integer.parseInt(text, 2, subjectEnd, 10),
                Integer.parseInt(text, detailStart, detailEnd, 10)));
    }

    /** Where the run of ASCII digits from {@code start} ends (the pattern's \d is ASCII). */
    private static int digitsEnd(String text, int start) {
        int at = start;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    /**
     * The code ends at {@code at}: a blank follows (the pattern's \s), or the last character is a line
     * terminator (its $ also matches before one at the very end).
     */
    private static boolean endsThere(String text, int at) {
        char c = text.charAt(at);
        if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
            return true;
        }
        return at == text.length() - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
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
