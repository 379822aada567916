package dev.smtptutor.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercises in other languages, as lessons have them: {@code 01-first-message.es.yaml} beside
 * {@code 01-first-message.yaml}, a whole exercise file with the same criteria and points in the same
 * order, in other words. A translation is used only while its criteria match the English file's;
 * where they drifted, the English exercise is shown and {@code exercises validate} says what differs.
 */
final class ExerciseTranslations {

    private ExerciseTranslations() {}

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
