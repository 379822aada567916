package dev.smtptutor.protocol;

/** The first digit of a reply code (RFC 5321 §4.2.1). */
public enum ReplyClass {
    POSITIVE_COMPLETION(2, "Positive Completion"),
    POSITIVE_INTERMEDIATE(3, "Positive Intermediate"),
    TRANSIENT_NEGATIVE(4, "Transient Negative Completion"),
    PERMANENT_NEGATIVE(5, "Permanent Negative Completion");

    private final int digit;
    private final String title;

    ReplyClass(int digit, String title) {
        this.digit = digit;
        this.title = title;
    }

    public int digit() {
        return digit;
    }

    /** The class name as RFC 5321 §4.2.1 writes it. */
    public String title() {
        return title;
    }

    public static ReplyClass of(int code) {
        return switch (code / 100) {
            case 2 -> POSITIVE_COMPLETION;
            case 3 -> POSITIVE_INTERMEDIATE;
            case 4 -> TRANSIENT_NEGATIVE;
            case 5 -> PERMANENT_NEGATIVE;
            default -> throw new IllegalArgumentException("not an SMTP reply code: " + code);
        };
    }
}
