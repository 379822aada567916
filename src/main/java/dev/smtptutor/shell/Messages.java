package dev.smtptutor.shell;

import dev.smtptutor.client.ResourceTexts;
import java.util.Map;

/**
 * The shell's own words, from {@code messages.properties} (UTF-8), with {@code {name}} placeholders.
 * Kept out of the Java code so a teacher can read and reword them.
 */
public final class Messages {

    private static final ResourceTexts TEXTS = ResourceTexts.bundle("dev.smtptutor.shell.messages");

    private Messages() {}

    public static String get(String key) {
        return TEXTS.text(key, Map.of());
    }

    /** The message with each {@code {name}} replaced by its value. */
    public static String get(String key, Map<String, ?> values) {
        return TEXTS.text(key, values);
    }

    public static String get(String key, String name, Object value) {
        return get(key, Map.of(name, value));
    }
}
