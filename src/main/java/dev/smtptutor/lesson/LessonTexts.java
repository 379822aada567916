package dev.smtptutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The lesson engine's words, from {@code texts.properties} (UTF-8), with {@code {name}} placeholders.
 * The lessons themselves bring their own words; these are the frame around them.
 */
public final class LessonTexts {

    private static final Properties TEXTS = load();

    private LessonTexts() {}

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = LessonTexts.class.getResourceAsStream("texts.properties")) {
            if (in == null) {
                throw new IllegalStateException("texts.properties is missing from the lesson resources");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static String get(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no lesson text " + key);
        }
        return text;
    }

    public static String get(String key, Map<String, ?> values) {
        String text = get(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    public static String get(String key, String name, Object value) {
        return get(key, Map.of(name, value));
    }
}
