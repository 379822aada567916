package dev.smtptutor.explain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one knowledge file ({@code key = text} lines, java.util.Properties syntax, UTF-8), with
 * {@code {name}} placeholders. Placeholders are replaced by plain search, not MessageFormat, so that a
 * teacher's apostrophe ("don't") never breaks a text.
 */
final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");

    private final String fileName;
    private final Map<String, String> texts;

    private Texts(String fileName, Map<String, String> texts) {
        this.fileName = fileName;
        this.texts = Map.copyOf(texts);
    }

    static Texts load(String fileName) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Resources.text(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key).strip());
        }
        return new Texts(fileName, texts);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** A text the explainer cannot do without; its absence is a bug in the knowledge files. */
    String require(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException(fileName + " has no text for " + key);
        }
        return text;
    }

    /** The first key of {@code keys} that has a text, with that text. */
    Optional<Map.Entry<String, String>> first(List<String> keys) {
        for (String key : keys) {
            String text = texts.get(key);
            if (text != null) {
                return Optional.of(Map.entry(key, text));
            }
        }
        return Optional.empty();
    }

    Set<String> keys() {
        return texts.keySet();
    }

    /** The template with each {@code {name}} found in {@code values} replaced; other braces stay as written. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
