package dev.smtptutor.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The shell's own words, from {@code messages.properties} (UTF-8), with {@code {name}} placeholders.
 * Kept out of the Java code so a teacher can read and reword them.
 */
public final class Messages {

    private static final Properties TEXTS = load();

    private Messages() {}

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the shell's resources");
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
            throw new IllegalArgumentException("no shell message " + key);
        }
        return text;
    }

    /** The message with each {@code {name}} replaced by its value. */
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
