package dev.smtptutor.text;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * How many terminal columns a text takes: a Chinese character takes two, a combining accent none.
 * Tables, tips and wrapped explanations measure with this, never with {@code String.length()}.
 * Uses JLine's {@code WCWidth} (Markus Kuhn's wcwidth), the table the shell's own line editor uses.
 */
public final class DisplayWidth {

    /** Chinese punctuation that must not begin a line (it stays with the character before it). */
    private static final String NO_BREAK_BEFORE = "，。、；：！？）」』》〉】…";

    private DisplayWidth() {}

    /** The columns of a text without escape sequences; control characters count as none. */
    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The text followed by spaces up to {@code columns} columns (nothing added when it is already wider). */
    public static String padRight(String text, int columns) {
        int room = columns - of(text);
        return room <= 0 ? text : text + " ".repeat(room);
    }

    /** The text cut to at most {@code columns} columns, ending in "…" when something was cut. */
    public static String truncate(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (width + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /**
     * The line cut into pieces of at most {@code width} columns; pieces after the first start with
     * {@code hanging} spaces. It breaks at spaces, and between wide (CJK) characters, which are written
     * without spaces. A width of 0 (unknown) leaves the line whole; a word longer than the room overflows.
     */
    public static List<String> wrap(String line, int width, int hanging) {
        if (width <= hanging + 10 || of(line) <= width) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        String rest = line;
        String indent = "";
        while (of(indent) + of(rest) > width) {
            int room = width - of(indent);
            int cut = lastBreak(rest, room, out.isEmpty() ? hanging : 1);
            if (cut < 0) {
                break;
            }
            out.add(indent + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            indent = " ".repeat(hanging);
        }
        out.add(indent + rest);
        return out;
    }

    /**
     * Where to cut: the last break that fits in {@code room} columns and leaves at least {@code minimum}
     * columns on the line (so a label is never left alone), else the first break after the room; -1 if none.
     * A break is before a space, or between two characters when either is wide.
     */
    private static int lastBreak(String text, int room, int minimum) {
        int width = 0;
        int best = -1;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            boolean breakHere = i > 0 && (cp == ' '
                    || (previous >= 0 && (w == 2 || wide(previous)) && NO_BREAK_BEFORE.indexOf(cp) < 0));
            if (breakHere && width >= minimum) {
                if (width <= room) {
                    best = i;
                } else {
                    return best >= 0 ? best : i;
                }
            }
            if (width > room && best >= 0) {
                return best;
            }
            width += w;
            previous = cp;
            i += Character.charCount(cp);
        }
        return best;
    }

    private static boolean wide(int cp) {
        return WCWidth.wcwidth(cp) == 2;
    }
}
