package dev.smtptutor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page from a resource: {@code {{key}}} is the word for that key from pages.properties, HTML
 * escaped; {@code {{@name}}} is a value the server supplies, escaped for HTML as well unless its
 * name ends in {@code .html} (already built safely by the server, e.g. JSON for a script block).
 * The templates hold no words of their own.
 */
final class PageTemplate {

    private static final Pattern SLOT = Pattern.compile("\\{\\{(@?)([A-Za-z0-9._-]+)}}");

    private final String name;
    private final String source;

    private PageTemplate(String name, String source) {
        this.name = name;
        this.source = source;
    }

    static PageTemplate load(String name) {
        return new PageTemplate(name, resource(name));
    }

    static String resource(String name) {
        try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/smtptutor/web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(WebTexts words, Map<String, String> values) {
        Matcher m = SLOT.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 1024);
        while (m.find()) {
            String key = m.group(2);
            String text;
            if (m.group(1).isEmpty()) {
                text = Html.escape(words.get(key));
            } else {
                String value = values.get(key);
                if (value == null) {
                    throw new IllegalStateException(name + " needs a value for " + key);
                }
                text = key.endsWith(".html") ? value : Html.escape(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
