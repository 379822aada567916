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

    /**
     * Reads ahead, in the current language, the words the shell's first screen shows: its own messages and
     * the first explanation's (for a thread that prepares the start; each file is read once, whoever asks first).
     */
    public static void prepareFirstScreen() {
        TEXTS.texts(Texts.language());
        dev.smtptutor.explain.Explainer.standard().prepare();
    }
}
