package dev.smtptutor.classroom;

import dev.smtptutor.text.Language;
import dev.smtptutor.text.Placeholders;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.HashMap;
import java.util.Map;

/**
 * Every word the classroom shows a person, from {@code dev/smtptutor/classroom/classroom.properties}
 * through the one text source (the learner's or teacher's language, English as the fallback).
 */
public final class Words {

    private static final TextBundle TEXTS = Texts.bundle("dev/smtptutor/classroom/classroom");

    private Words() {}

    /**
     * The text for a key with its placeholders filled: {@code get("roster.duplicate", "id", "s03")}.
     *
     * @param pairs placeholder names and values, alternating
     */
    public static String get(String key, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return TEXTS.get(key, values);
    }

    /**
     * The English text for a key, whatever the teacher's language: for words that go on the wire in an
     * SMTP reply (feedback after the final dot, HELP EXERCISE), which stay English and ASCII.
     */
    static String wire(String key, Object... pairs) {
        return in(Language.EN, key, pairs);
    }

    /** The text for a key in this language (English where it has none), placeholders filled. */
    static String in(Language language, String key, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        String text = TEXTS.find(language, key).orElseThrow(() -> new IllegalStateException(
                "missing text '" + key + "' in " + TEXTS.baseName() + ".properties"));
        return Placeholders.fill(text, values);
    }

    static boolean has(String key) {
        return TEXTS.find(key).isPresent();
    }
}
