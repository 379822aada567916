package dev.smtptutor.explain;

/**
 * One entry of the enhanced status code registry (RFC 3463, RFC 5248).
 *
 * @param code   the registry key: "X.1.1" for a code, "X.1.YYY" for a subject, "5.XXX.YYY" for a class
 * @param title  the registry title, verbatim
 * @param source the RFCs and copies it was taken from
 */
public record EnhancedEntry(String code, String title, String source) {

    public enum Kind { CLASS, SUBJECT, CODE }

    public Kind kind() {
        if (code.endsWith(".XXX.YYY")) {
            return Kind.CLASS;
        }
        return code.endsWith(".YYY") ? Kind.SUBJECT : Kind.CODE;
    }
}
