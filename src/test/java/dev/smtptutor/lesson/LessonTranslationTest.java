package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.files.FileProblem;
import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 01-one.es.yaml beside 01-one.yaml: the Spanish words on the English structure, or English when it drifted. */
@ExtendWith(BackToEnglish.class)
class LessonTranslationTest {

    static final String ENGLISH = String.join("\n",
            "format_version: 1",
            "title: One",
            "goal: Greet the server.",
            "scenario: default",
            "steps:",
            "  - id: ehlo",
            "    title: Say EHLO",
            "    text: Type EHLO with a name.",
            "    expect:",
            "      command: EHLO *",
            "      reply: 250",
            "    hints:",
            "      - EHLO needs a name.",
            "    explain: The server lists what it can do.",
            "    solution: EHLO client.example.test",
            "    mistakes:",
            "      - line: HELLO client.example.test",
            "        why: It is EHLO.",
            "  - id: quit",
            "    title: Say QUIT",
            "    text: Type QUIT.",
            "    expect:",
            "      command: QUIT",
            "      reply: 221",
            "    hints:",
            "      - Just QUIT.",
            "    explain: The server says goodbye.",
            "    solution: QUIT",
            "");

    static final String SPANISH = ENGLISH.replace("title: One", "title: Uno")
            .replace("goal: Greet the server.", "goal: Saludar al servidor.")
            .replace("Say EHLO", "Di EHLO").replace("Type EHLO with a name.", "Escribe EHLO con un nombre.")
            .replace("EHLO needs a name.", "EHLO necesita un nombre.").replace("It is EHLO.", "Es EHLO.")
            .replace("The server lists what it can do.", "El servidor dice lo que sabe hacer.")
            .replace("Say QUIT", "Di QUIT").replace("Type QUIT.", "Escribe QUIT.").replace("Just QUIT.", "Solo QUIT.")
            .replace("The server says goodbye.", "El servidor se despide.");

    private static LessonLibrary library(String spanish) {
        return LessonLibrary.of(List.of(new LessonFiles.SourceFile("l/01-one.yaml", "01-one.yaml", ENGLISH),
                new LessonFiles.SourceFile("l/01-one.es.yaml", "01-one.es.yaml", spanish)));
    }

    @Test
    void theTranslationsWordsAreShownOnTheEnglishStructure() {
        Texts.use(Language.ES);
        Lesson lesson = library(SPANISH).lessons().get(0);
        assertEquals("Uno", lesson.title());
        assertEquals("01-one", lesson.id());
        assertEquals("l/01-one.yaml", lesson.file());
        assertEquals(List.of("Di EHLO", "Di QUIT"), lesson.steps().stream().map(Step::title).toList());
        assertEquals(List.of("EHLO necesita un nombre."), lesson.steps().get(0).hints());
        assertEquals(new Mistake("HELLO client.example.test", "Es EHLO."), lesson.steps().get(0).mistakes().get(0));
        assertEquals(List.of("EHLO client.example.test"), lesson.steps().get(0).solution());
        assertEquals(List.of(), library(SPANISH).translationProblems());
    }

    @Test
    void inEnglishOrAnotherLanguageTheEnglishLessonIsShown() {
        assertEquals("One", library(SPANISH).lessons().get(0).title());
        Texts.use(Language.DE);
        assertEquals("One", library(SPANISH).lessons().get(0).title());
        assertEquals(List.of("l/01-one.yaml"), library(SPANISH).untranslated(Language.DE));
        assertEquals(List.of(), library(SPANISH).untranslated(Language.ES));
    }

    @Test
    void aDriftedTranslationIsNotShownAndValidateSaysWhatDiffers() {
        String drifted = SPANISH.replace("solution: EHLO client.example.test", "solution: EHLO cliente.example.test")
                .replace("reply: 221", "reply: 250");
        Texts.use(Language.ES);
        assertEquals("One", library(drifted).lessons().get(0).title());
        // The problems are worded in the tutor's language; read them in English, the source.
        Texts.use(Language.EN);
        LessonLibrary library = library(drifted);
        assertEquals(List.of(
                "l/01-one.es.yaml:6: step 'ehlo' differs from l/01-one.yaml in solution: a translation changes only the words",
                "l/01-one.es.yaml:19: step 'quit' differs from l/01-one.yaml in expect: a translation changes only the words"),
                library.translationProblems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void aMissingOrExtraStepIsReported() {
        String missing = SPANISH.substring(0, SPANISH.indexOf("  - id: quit")).replace("id: ehlo", "id: hello");
        assertEquals(List.of(
                "l/01-one.es.yaml:1: step 'ehlo' of l/01-one.yaml is missing: a translation has exactly the English steps",
                "l/01-one.es.yaml:1: step 'quit' of l/01-one.yaml is missing: a translation has exactly the English steps",
                "l/01-one.es.yaml:6: step 'hello' is not in l/01-one.yaml: a translation has exactly the English steps"),
                library(missing).translationProblems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void aTranslationIntoAnUnknownLanguageOrOfNoLessonIsReported() {
        LessonLibrary library = LessonLibrary.of(List.of(new LessonFiles.SourceFile("l/01-one.yaml", "01-one.yaml", ENGLISH),
                new LessonFiles.SourceFile("l/01-one.fr.yaml", "01-one.fr.yaml", SPANISH),
                new LessonFiles.SourceFile("l/02-two.es.yaml", "02-two.es.yaml", SPANISH)));
        assertEquals(List.of(
                "l/01-one.fr.yaml:1: looks like a translation into 'fr', which is not a language the tutor speaks (en, es, pt, it, de, zh)",
                "l/02-two.es.yaml:1: a translation of 02-two.yaml, which is not there: rename it after its English lesson"),
                library.translationProblems().stream().map(FileProblem::toString).toList());
        assertEquals(List.of(), library.problems());
    }
}
