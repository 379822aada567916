package dev.smtptutor.shell;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;

/**
 * The shell's own words, {@code messages.properties} and its translations, through the one text
 * source, with {@code {name}} placeholders.
 */
public final class Messages {

    private static final TextBundle TEXTS = Texts.bundle("dev/smtptutor/shell/messages");

    private Messages() {}

    public static String get(String key) {
        return TEXTS.get(key);
    }

    /** The message with each {@code {name}} replaced by its value. */
    public static String get(String key, Map<String, ?> values) {
        return TEXTS.get(key, values);
    }

    public static String get(String key, String name, Object value) {
        return TEXTS.get(key, name, value);
    }
}
