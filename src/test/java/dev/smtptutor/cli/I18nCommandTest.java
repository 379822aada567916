package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** ./run.sh i18n check on fixture files: a Spanish translation with faults, a complete Chinese one. */
class I18nCommandTest {

    private static final Path FIXTURE = Path.of("src/test/resources/dev/smtptutor/cli/i18n-fixture");

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyMissingOrExtraKeyPlaceholderAndLessonProblemIsListedPerLanguage() {
        Run run = run("i18n", "check", "--resources", FIXTURE.resolve("resources").toString(),
                "--lessons", FIXTURE.resolve("lessons").toString(), "es", "zh");
        String lessons = FIXTURE.resolve("lessons").toString();
        assertEquals(new Run(1, String.join("\n",
                "es: t/words_es.properties: missing bye",
                "es: t/words_es.properties: extra is not in the English file (remove it, or check its spelling)",
                "es: t/words_es.properties: hello has other placeholders than English (English: {name} / {nombre})",
                "es: " + lessons + "/01-one.es.yaml:1: step 'quit' of " + lessons
                        + "/01-one.yaml is missing: a translation has exactly the English steps",
                "es: " + lessons + "/01-one.es.yaml:6: step 'ehlo' differs from " + lessons
                        + "/01-one.yaml in solution: a translation changes only the words",
                "es: " + lessons + "/exercises/01-one.es.yaml:7: criterion 2 is 'a From header, 1 point' where " + lessons
                        + "/exercises/01-one.yaml has 'a Subject header, 1 point': a translation changes only the words (title, task)",
                "es (Español): 1 missing, 5 to fix, 0 lessons and 0 exercises not translated",
                "zh (中文): 0 missing, 0 to fix, 0 lessons and 0 exercises not translated", ""), ""), run);
    }

    @Test
    void aCompleteLanguagePassesWithExitZero() {
        Run run = run("i18n", "check", "--resources", FIXTURE.resolve("resources").toString(),
                "--lessons", FIXTURE.resolve("lessons").toString(), "zh");
        assertEquals(new Run(0, "zh (中文): 0 missing, 0 to fix, 0 lessons and 0 exercises not translated\n", ""), run);
    }

    @Test
    void anUntranslatedLessonOrExerciseIsListedWithTheFileToWrite() {
        Run run = run("i18n", "check", "--resources", FIXTURE.resolve("resources").toString(),
                "--lessons", FIXTURE.resolve("lessons").toString(), "de");
        String lessons = FIXTURE.resolve("lessons").toString();
        assertEquals(1, run.exit());
        assertEquals(String.join("\n",
                "de: t/words_de.properties: missing bye",
                "de: t/words_de.properties: missing hello",
                "de: " + lessons + "/01-one.yaml is not translated (write " + lessons + "/01-one.de.yaml)",
                "de: " + lessons + "/exercises/01-one.yaml is not translated (write " + lessons + "/exercises/01-one.de.yaml)",
                "de (Deutsch): 2 missing, 0 to fix, 1 lessons and 1 exercises not translated", ""), run.out());
    }

    @Test
    void anExerciseTranslationIsCheckedInTheFolderGivenWithExercises() {
        String exercises = FIXTURE.resolve("lessons/exercises").toString();
        Run run = run("i18n", "check", "--resources", FIXTURE.resolve("resources").toString(),
                "--lessons", FIXTURE.resolve("lessons").toString(), "--exercises", exercises, "pt");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("pt: " + exercises + "/01-one.yaml is not translated (write " + exercises
                + "/01-one.pt.yaml)\n"), run.out());
        assertTrue(run.out().endsWith("pt (Português): 2 missing, 0 to fix, 1 lessons and 1 exercises not translated\n"),
                run.out());
    }

    @Test
    void theProductsOwnFilesAreCheckedByDefaultAndEnglishIsNotALanguageToCheck() {
        Run run = run("i18n", "check", "en");
        assertEquals(2, run.exit());
        assertEquals("'en' is not a language to check; choose among en, es, pt, it, de, zh (English is the source)",
                run.err().lines().findFirst().orElse(""));
    }

    @Test
    void everyShippedLanguageHasEveryKeyEveryPlaceholderEveryLessonAndEveryExercise() {
        Run run = run("i18n", "check");
        assertEquals(0, run.exit(), run.out());
        for (String language : List.of("es (Español)", "pt (Português)", "it (Italiano)", "de (Deutsch)", "zh (中文)")) {
            assertTrue(run.out().contains(language + ": 0 missing, 0 to fix, 0 lessons and 0 exercises not translated"),
                    run.out());
        }
    }
}
