package dev.smtptutor.classroom;

import dev.smtptutor.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercises in other languages, as lessons have them: {@code 01-first-message.es.yaml} beside
 * {@code 01-first-message.yaml}, a whole exercise file with the same criteria and points in the same
 * order, in other words. A translation is used only while its criteria match the English file's;
 * where they drifted, the English exercise is shown and {@code exercises validate} says what differs.
 */
final class ExerciseTranslations {

    /** {@code NN-slug.LANG.yaml}: group 1 is the English file's name without ".yaml", group 2 the language. */
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2}-[a-z0-9][a-z0-9-]*)\\.([a-z]{2})\\.yaml");

    private ExerciseTranslations() {}

    /** The English file a translation belongs to ("01-first-message.yaml") and its language code, if it is one. */
    static Optional<Map.Entry<String, String>> parts(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        return m.matches() ? Optional.of(Map.entry(m.group(1) + ".yaml", m.group(2))) : Optional.empty();
    }

    static Optional<Language> language(String code) {
        return Language.ofCode(code).filter(l -> l != Language.EN);
    }

    /** The translation's file name for an English exercise file and a language: 01-x.yaml → 01-x.de.yaml. */
    static String fileFor(String englishFile, Language language) {
        return englishFile.replaceFirst("\\.yaml$", "." + language.code() + ".yaml");
    }

    /**
     * Everything in which the translation differs from the English exercise other than words: the
     * number of criteria, and each criterion's check and points, in order. Empty when only words differ.
     *
     * @param englishFile the English file as shown ("lessons/exercises/01-first-message.yaml")
     */
    static List<String> drift(Exercise english, String englishFile, ExerciseParser.Parsed translated, String file) {
        List<String> problems = new ArrayList<>();
        List<Exercise.Criterion> ours = english.criteria();
        List<Exercise.Criterion> theirs = translated.exercise().criteria();
        for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
            Exercise.Criterion expected = ours.get(i);
            Exercise.Criterion found = theirs.get(i);
            if (!expected.check().equals(found.check()) || expected.points().compareTo(found.points()) != 0) {
                problems.add(file + ":" + translated.criterionLines().get(i) + ": " + Words.get("exercise.translation.drifted",
                        "n", i + 1, "english", englishFile, "expected", shown(expected), "found", shown(found)));
            }
        }
        if (ours.size() != theirs.size()) {
            int line = theirs.size() > ours.size() ? translated.criterionLines().get(ours.size()) : 1;
            problems.add(file + ":" + line + ": " + Words.get("exercise.translation.count",
                    "found", theirs.size(), "expected", ours.size(), "english", englishFile));
        }
        return problems;
    }

    /** The English exercise (number, slug, criteria, points) in the translation's words. */
    static Exercise merge(Exercise english, Exercise translated) {
        return new Exercise(english.number(), english.slug(), translated.title(), translated.task(), english.criteria());
    }

    private static String shown(Exercise.Criterion criterion) {
        return criterion.label() + ", " + ExerciseText.points(criterion.points());
    }
}
