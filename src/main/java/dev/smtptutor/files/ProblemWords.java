package dev.smtptutor.files;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the problems the readers report themselves (a wrong kind of value, an unknown key), kept in
 * {@code problems.properties} beside this class, in {@link MessageFormat}'s syntax ({0}, {1} for the values,
 * '' for a quote). Values are passed as text, so a line number is never written "1,024".
 */
final class ProblemWords {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("dev.smtptutor.files.problems");

    private ProblemWords() {}

    static String get(String key, Object... values) {
        Object[] texts = Arrays.stream(values).map(String::valueOf).toArray();
        return new MessageFormat(WORDS.getString(key), Locale.ROOT).format(texts);
    }
}
