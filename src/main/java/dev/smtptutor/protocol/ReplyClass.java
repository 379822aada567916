package dev.smtptutor.protocol;

/**
 * The first digit of a reply code (RFC 5321 §4.2.1). The class names a person reads ("Positive
 * Completion" and its translations) live in {@code dev/smtptutor/protocol/words.properties}, keyed
 * {@code class.} + the constant's name; this package stays free of words.
 */
public enum ReplyClass {
    POSITIVE_COMPLETION(2),
    POSITIVE_INTERMEDIATE(3),
    TRANSIENT_NEGATIVE(4),
    PERMANENT_NEGATIVE(5);

    private final int digit;

    ReplyClass(int digit) {
        this.digit = digit;
    }

    public int digit() {
        return digit;
    }

    /** The key of this class's name in the words of protocol values: "class.PERMANENT_NEGATIVE". */
    public String key() {
        return "class." + name();
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
