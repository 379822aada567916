package dev.smtptutor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word of the pages and the report, from {@code dev/smtptutor/web/pages.properties} (UTF-8), with
 * {@code {name}} placeholders filled by plain search, so an apostrophe never breaks a text.
 */
public final class WebTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9-]+)}");

    private final Map<String, String> words;

    private WebTexts(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    public static WebTexts standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final WebTexts STANDARD = load("pages.properties");
    }

    static WebTexts load(String name) {
        Properties properties = new Properties();
        try (InputStream in = WebTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/smtptutor/web/" + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> words.put(k, properties.getProperty(k).strip()));
        return new WebTexts(words);
    }

    /** The text for a key; a missing key is a bug in pages.properties. */
    public String get(String key) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalStateException("pages.properties has no text for " + key);
        }
        return text;
    }

    public String get(String key, String... namesAndValues) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(get(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The words whose keys start with {@code prefix}, for the pages' scripts (which hold no words). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        words.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
