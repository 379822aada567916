package dev.smtptutor.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named placeholders, {@code {host}}, filled by plain search. Not MessageFormat: an apostrophe
 * ("l'indirizzo", "don't") is just an apostrophe, and a translator may reorder placeholders freely.
 */
public final class Placeholders {

    private Placeholders() {}

    // A placeholder is '{', a name (a letter, then letters, digits or hyphens: {reply-class}, {notAfter}), '}'.
    // Found by hand, not by a regular expression: nearly every message is filled, from the first screen on,
    // and the first pattern a JVM compiles costs milliseconds of the shell's start.

    /** The template with each {@code {name}} found in {@code values} replaced; other braces stay as written. */
    public static String fill(String template, Map<String, ?> values) {
        if (values.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int copied = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                open = template.indexOf('{', open + 1);
                continue;
            }
            Object value = values.get(template.substring(open + 1, close));
            out.append(template, copied, open);
            if (value == null) {
                out.append(template, open, close + 1);
            } else {
                out.append(value);
            }
            copied = close + 1;
            open = template.indexOf('{', copied);
        }
        return out.append(template, copied, template.length()).toString();
    }

    /** The names of the placeholders in a text, in order of first use. */
    public static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                open = template.indexOf('{', open + 1);
            } else {
                names.add(template.substring(open + 1, close));
                open = template.indexOf('{', close + 1);
            }
        }
        return names;
    }

    /** Where the placeholder that opens at {@code open} closes (its '}'), or -1 when none opens there. */
    private static int placeholderEnd(String text, int open) {
        int at = open + 1;
        if (at >= text.length() || !isLetter(text.charAt(at))) {
            return -1;
        }
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '}') {
                return at;
            }
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return -1;
            }
            at++;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * What is wrong with the braces of a text: an opening brace without its closing one, an empty or
     * badly named placeholder ({@code { host}}, {@code {}}), a closing brace alone. Empty when all is well.
     * A text that really means a brace has none of these shapes in our files.
     */
    public static List<String> problems(String template) {
        List<String> problems = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i + 1);
                int nextOpen = template.indexOf('{', i + 1);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                    problems.add("'{' at column " + (i + 1) + " is never closed");
                    i++;
                    continue;
                }
                String inside = template.substring(i, close + 1);
                if (placeholderEnd(inside, 0) != inside.length() - 1) {
                    problems.add("'" + inside + "' is not a placeholder: write {name} with letters, digits or '-'");
                }
                i = close + 1;
            } else {
                if (c == '}') {
                    problems.add("'}' at column " + (i + 1) + " closes nothing");
                }
                i++;
            }
        }
        return problems;
    }
}
