package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.RosterReader;
import dev.smtptutor.text.BackToEnglish;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** ./run.sh exercises and grade in the chosen language: the exercise's own translation, and its checks. */
@ExtendWith(BackToEnglish.class)
class ExercisesCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void showWithLangDePrintsTheGermanTaskAndCriteria() {
        assertEquals(new Run(0, String.join("\n",
                "Übung 1: Deine erste Nachricht, richtig verschickt",
                "",
                "Schicke eine Nachricht von deiner eigenen Adresse (ID@example.test, ID ist deine ID aus der",
                "Teilnehmerliste) an bob@example.test, mit einem Subject-Header. Sichere zuerst die Verbindung mit",
                "STARTTLS, melde dich dann mit AUTH an (deine ID aus der Teilnehmerliste und dein Passwort) und sende",
                "erst danach.",
                "",
                "Bewertet wird, was der Server sieht:",
                "  - MAIL FROM mit deiner eigenen Adresse (1 Punkt)",
                "  - RCPT TO bob@example.test (1 Punkt)",
                "  - ein Subject-Header (1 Punkt)",
                "  - STARTTLS vor AUTH (1 Punkt)",
                ""), ""), run("exercises", "show", "1", "--lang", "de"));
    }

    @Test
    void theListIsInTheChosenLanguageAndInEnglishWithout() {
        String chinese = run("--lang", "zh", "exercises").out();
        assertEquals(" 1  你的第一封邮件，规范地发送（4 分）", chinese.lines().findFirst().orElseThrow());
        assertEquals("10  分块发送，不用结尾的点（3 分）", chinese.lines().skip(9).findFirst().orElseThrow());
        assertEquals(" 1  Your first message, sent properly (4 points)",
                run("--lang", "en", "exercises").out().lines().findFirst().orElseThrow());
    }

    @Test
    void validateReportsADriftedOrMissingTranslationFileLine(@TempDir Path folder) throws Exception {
        Path exercises = folder.resolve("exercises");
        Files.createDirectories(exercises);
        try (Stream<Path> files = Files.list(Path.of("lessons/exercises"))) {
            for (Path file : files.toList()) {
                Files.copy(file, exercises.resolve(file.getFileName()));
            }
        }
        assertEquals(new Run(0, "10 exercises in " + exercises + ": all valid\n", ""),
                run("exercises", "validate", exercises.toString(), "--lang", "en"));
        Path german = exercises.resolve("04-two-recipients.de.yaml");
        Files.writeString(german, Files.readString(german).replace("recipient: bob@example.test",
                "recipient: bob@example.test\n    points: 2"));
        Files.delete(exercises.resolve("09-dsn.zh.yaml"));
        Run run = run("exercises", "validate", exercises.toString(), "--lang", "en");
        assertEquals(new Run(1, "", String.join("\n",
                german + ":8: criterion 2 is 'RCPT TO bob@example.test, 2 points' where " + exercises
                        + "/04-two-recipients.yaml has 'RCPT TO bob@example.test, 1 point': a translation changes only the"
                        + " words (title, task)",
                exercises + "/09-dsn.yaml:1: not translated into 'zh' while other exercises here are (write " + exercises
                        + "/09-dsn.zh.yaml)",
                "")), run);
    }

    @Test
    void theMarkdownGradeReportWithLangEsUsesTheSpanishExerciseTitle(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("class");
        try (ClassroomServer server = ClassroomServer.builder(RosterReader.parse("roster.csv",
                "id,name,password\ns01,Ana,kaboro-telu\n"), data).port(0).start();
             SmtpStudent ana = new SmtpStudent(server.port(), server.clientContext())) {
            assertTrue(ana.sendsProperly("s01", "kaboro-telu", "Subject: hola", "", "Hola").startsWith("250 "));
            ana.send("QUIT");
        }
        Path out = folder.resolve("grades.md");
        assertEquals(0, Main.run("grade", "--data", data.toString(), "--format", "md", "--lang", "es",
                "--out", out.toString()));
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("\n### Ejercicio 1: Tu primer mensaje, enviado como es debido (4 de 4)\n\n"
                + "- [x] MAIL FROM con tu propia dirección\n"), report);
        assertTrue(report.contains("\n### Ejercicio 2: Una sesión limpia, a mano (0 de 4)\n"), report);
        assertTrue(report.startsWith("# Calificaciones\n"), report);
    }
}
