package dev.smtptutor.files;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of the problems the readers report themselves (a wrong kind of value, an unknown key), kept in
 * {@code problems.properties} beside this class and read through the one text source. The values fill
 * the placeholders {@code {p0}}, {@code {p1}}, ... in order, as text, so a line number is never written "1,024".
 */
final class ProblemWords {

    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/files/problems");

    private ProblemWords() {}

    static String get(String key, Object... values) {
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put("p" + i, String.valueOf(values[i]));
        }
        return WORDS.get(key, named);
    }
}
