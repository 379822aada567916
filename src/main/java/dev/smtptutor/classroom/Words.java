package dev.smtptutor.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Every word the classroom shows a person, from {@code dev/smtptutor/classroom/classroom.properties}
 * (UTF-8), with {@code {name}} placeholders filled by plain search so an apostrophe never breaks a
 * text. A thin facade: when the project's one text source (package {@code text}) lands, only this
 * class changes.
 */
public final class Words {

    private static final Properties TEXTS = load();

    private Words() {}

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("classroom.properties")) {
            if (in == null) {
                throw new IllegalStateException("classroom.properties is missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * The text for a key with its placeholders filled: {@code get("roster.duplicate", "id", "s03")}.
     *
     * @param pairs placeholder names and values, alternating
     */
    public static String get(String key, Object... pairs) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("classroom.properties has no text for " + key);
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
        }
        return text;
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }
}
