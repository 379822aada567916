package dev.smtptutor.text;

/** Small word-level reading of texts, without regular expressions (each pattern is compiled anew by String.split). */
public final class Words {

    private Words() {}

    /**
     * A text's first word: everything before its first blank (space, tab, line feed, vertical tab, form
     * feed, carriage return: the blanks of {@code \s}), as {@code text.split("\\s+", 2)[0]} gives it.
     */
    public static String first(String text) {
        int end = 0;
        while (end < text.length() && !isBlank(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    /** A blank of {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
