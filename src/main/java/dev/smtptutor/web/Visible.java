package dev.smtptutor.web;

/**
 * What students sent, made safe to show: control characters (C0, DEL, C1) and the bidirectional
 * overrides that can make a line read backwards are shown escaped ({@code \r}, {@code \x00},
 * {@code \u202E}), never passed to a page raw. HTML escaping comes on top of this, where the page
 * is built.
 */
public final class Visible {

    private Visible() {}

    public static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escape(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Like {@link #of}, but line breaks (CRLF or LF) stay line breaks: for a message's text in a {@code <pre>}. */
    public static String keepingLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(of(lines[i]));
        }
        return out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            default -> {
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                    yield String.format("\\x%02X", (int) c);
                }
                // Unicode bidi embeddings, overrides and isolates (the "Trojan Source" characters).
                if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f) {
                    yield String.format("\\u%04X", (int) c);
                }
                yield null;
            }
        };
    }
}
