package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.smtptutor.lesson.LessonFiles;
import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 01-one.es.yaml beside 01-one.yaml: the Spanish title and task on the English criteria, or English
 * when the criteria drifted; as lessons' translations work (LessonTranslationTest).
 */
@ExtendWith(BackToEnglish.class)
class ExerciseTranslationTest {

    static final String ENGLISH = String.join("\n",
            "format_version: 1",
            "title: One",
            "task: |",
            "  Send a message to bob@example.test",
            "  with a Subject.",
            "criteria:",
            "  - recipient: bob@example.test",
            "  - header: Subject",
            "    points: 0.5",
            "");

    static final String SPANISH = ENGLISH.replace("title: One", "title: Uno")
            .replace("Send a message to bob@example.test", "Envía un mensaje a bob@example.test")
            .replace("with a Subject.", "con un Subject.");

    private static Exercises set(String spanish) throws ClassroomException {
        return Exercises.of(List.of(new LessonFiles.SourceFile("x/01-one.yaml", "01-one.yaml", ENGLISH),
                new LessonFiles.SourceFile("x/01-one.es.yaml", "01-one.es.yaml", spanish)));
    }

    @Test
    void theTranslationsWordsAreShownOnTheEnglishCriteria() throws Exception {
        Texts.use(Language.ES);
        Exercises set = set(SPANISH);
        Exercise exercise = set.number(1).orElseThrow();
        assertEquals("Uno", exercise.title());
        assertEquals("Envía un mensaje a bob@example.test\ncon un Subject.\n", exercise.task());
        assertEquals("one", exercise.slug());
        assertEquals(set.english(1).orElseThrow().criteria(), exercise.criteria());
        assertEquals("One", set.english(1).orElseThrow().title());
        assertEquals(List.of(), set.translationProblems());
        assertEquals(List.of(), set.missingTranslations());
    }

    @Test
    void inEnglishOrALanguageWithNoTranslationTheEnglishExerciseIsShown() throws Exception {
        assertEquals("One", set(SPANISH).number(1).orElseThrow().title());
        Texts.use(Language.DE);
        assertEquals("One", set(SPANISH).number(1).orElseThrow().title());
        assertEquals(List.of("x/01-one.yaml"), set(SPANISH).untranslated(Language.DE));
        assertEquals(List.of(), set(SPANISH).untranslated(Language.ES));
    }

    @Test
    void aDriftedTranslationIsNotShownAndValidateSaysWhereItDiffers() throws Exception {
        String drifted = SPANISH.replace("recipient: bob@example.test", "recipient: carol@example.test")
                .replace("points: 0.5", "points: 1");
        Texts.use(Language.ES);
        assertEquals("One", set(drifted).number(1).orElseThrow().title());
        // The problems are worded in the tutor's language; read them in English, the source.
        Texts.use(Language.EN);
        assertEquals(List.of(
                "x/01-one.es.yaml:7: criterion 1 is 'RCPT TO carol@example.test, 1 point' where x/01-one.yaml has "
                        + "'RCPT TO bob@example.test, 1 point': a translation changes only the words (title, task)",
                "x/01-one.es.yaml:8: criterion 2 is 'a Subject header, 1 point' where x/01-one.yaml has "
                        + "'a Subject header, 0.5 points': a translation changes only the words (title, task)"),
                set(drifted).translationProblems());
    }

    @Test
    void aMissingOrExtraCriterionIsReported() throws Exception {
        String fewer = SPANISH.substring(0, SPANISH.indexOf("  - header: Subject"));
        String more = SPANISH + "  - tls: true\n";
        assertEquals(List.of("x/01-one.es.yaml:1: 1 criteria where x/01-one.yaml has 2: a translation has exactly "
                + "the English criteria, in the same order"), set(fewer).translationProblems());
        assertEquals(List.of("x/01-one.es.yaml:10: 3 criteria where x/01-one.yaml has 2: a translation has exactly "
                + "the English criteria, in the same order"), set(more).translationProblems());
        assertEquals(List.of("x/01-one.es.yaml:2: unknown key 'titel' (did you mean 'title'?)",
                "x/01-one.es.yaml:1: missing key 'title'"), set(SPANISH.replace("title: Uno", "titel: Uno")).translationProblems());
    }

    @Test
    void strayTranslationsAndMissingOnesInATranslatedFolderAreReported() throws Exception {
        List<LessonFiles.SourceFile> files = new ArrayList<>(List.of(
                new LessonFiles.SourceFile("x/01-one.yaml", "01-one.yaml", ENGLISH),
                new LessonFiles.SourceFile("x/01-one.es.yaml", "01-one.es.yaml", SPANISH),
                new LessonFiles.SourceFile("x/01-one.fr.yaml", "01-one.fr.yaml", SPANISH),
                new LessonFiles.SourceFile("x/02-two.yaml", "02-two.yaml", ENGLISH),
                new LessonFiles.SourceFile("x/03-three.es.yaml", "03-three.es.yaml", SPANISH)));
        Exercises set = Exercises.of(files);
        assertEquals(List.of(1, 2), set.all().stream().map(Exercise::number).toList());
        assertEquals(List.of(
                "x/01-one.fr.yaml:1: looks like a translation into 'fr', which is not a language the tutor speaks "
                        + "(en, es, pt, it, de, zh)",
                "x/03-three.es.yaml:1: a translation of 03-three.yaml, which is not there: rename it after its English exercise"),
                set.translationProblems());
        assertEquals(List.of("x/02-two.yaml:1: not translated into 'es' while other exercises here are "
                + "(write x/02-two.es.yaml)"), set.missingTranslations());
    }

    @Test
    void everyBuiltInExerciseIsTranslatedIntoEveryLanguageWithTheEnglishCriteria() {
        Exercises english = Exercises.builtIn();
        assertEquals(List.of(), english.translationProblems());
        assertEquals(List.of(), english.missingTranslations());
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            assertEquals(List.of(), english.untranslated(language), language.code());
            Texts.use(language);
            Exercises translated = Exercises.builtIn();
            for (Exercise exercise : translated.all()) {
                Exercise source = english.number(exercise.number()).orElseThrow();
                assertEquals(source.criteria(), exercise.criteria(), language.code() + " " + exercise.column());
                assertNotEquals(source.title(), exercise.title(), language.code() + " " + exercise.column());
                assertNotEquals(source.task(), exercise.task(), language.code() + " " + exercise.column());
            }
        }
    }
}
