package dev.smtptutor.lesson;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;

/**
 * The lesson engine's words ({@code texts.properties} and its translations) through the one text
 * source. The lessons themselves bring their own words; these are the frame around them.
 */
public final class LessonTexts {

    private static final TextBundle TEXTS = Texts.bundle("dev/smtptutor/lesson/texts");

    private LessonTexts() {}

    public static String get(String key) {
        return TEXTS.get(key);
    }

    public static String get(String key, Map<String, ?> values) {
        return TEXTS.get(key, values);
    }

    public static String get(String key, String name, Object value) {
        return TEXTS.get(key, name, value);
    }
}
