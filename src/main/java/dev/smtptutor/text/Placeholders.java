package dev.smtptutor.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named placeholders, {@code {host}}, filled by plain search. Not MessageFormat: an apostrophe
 * ("l'indirizzo", "don't") is just an apostrophe, and a translator may reorder placeholders freely.
 */
public final class Placeholders {

    /** A placeholder's name: a letter, then letters, digits or hyphens ({@code {reply-class}}, {@code {notAfter}}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9-]*)}");

    private Placeholders() {}

    /** The template with each {@code {name}} found in {@code values} replaced; other braces stay as written. */
    public static String fill(String template, Map<String, ?> values) {
        if (values.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the placeholders in a text, in order of first use. */
    public static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
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
                if (!PLACEHOLDER.matcher(inside).matches()) {
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
