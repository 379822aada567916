package dev.smtptutor.protocol;

/**
 * Makes text that came from outside (a server's reply, a client's command, a file) safe to show.
 * Terminals obey control characters: ESC starts sequences that clear the screen, retitle the window
 * or switch to the alternate screen; bidi overrides (U+202E) and invisible format characters make a
 * line read differently from what it holds. Every such character is shown instead as {@code \x1b}
 * (below U+0100) or {@code \\u202e}, so the reader sees exactly what arrived and the terminal obeys
 * nothing. Printable text, including every script and emoji, is left as it is.
 */
public final class UntrustedText {

    private UntrustedText() {}

    /** The text with every unsafe character written out visibly. */
    public static String visible(String text) {
        return escape(text, false);
    }

    /**
     * At most {@code longest} characters of the text, then "..." when there was more, every unsafe
     * character written out visibly: for quoting what arrived inside a message of the tutor's own.
     */
    public static String visible(String text, int longest) {
        if (text.length() <= longest) {
            return escape(text, false);
        }
        int end = Character.isHighSurrogate(text.charAt(longest - 1)) ? longest - 1 : longest; // keep pairs whole
        return escape(text.substring(0, end), false) + "...";
    }

    /**
     * Like {@link #visible(String)} but keeps line feeds and tabs, for the tutor's own multi-line
     * output that may quote untrusted text inside it.
     */
    public static String visibleKeepingLayout(String text) {
        return escape(text, true);
    }

    /** True when {@link #visible(String)} would change the text. */
    public static boolean hasUnsafe(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isUnsafe(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * C0 and C1 controls, DEL, format characters (bidi embeddings, overrides and isolates, zero-width
     * spaces and joiners, the byte-order mark, soft hyphen), line and paragraph separators, and lone
     * surrogates.
     */
    public static boolean isUnsafe(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String escape(String text, boolean keepLayout) {
        if (!hasUnsafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isUnsafe(c) || keepLayout && (c == '\n' || c == '\t')) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(String.format("\\u%04x", c));
            }
        }
        return out.toString();
    }
}
