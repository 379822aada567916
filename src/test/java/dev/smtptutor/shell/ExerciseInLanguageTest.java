package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.RosterReader;
import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * /exercise on a classroom server: the server answers HELP EXERCISE in English on the wire, and the
 * tutor shows the same exercise, with the same criteria met, in the learner's language.
 */
@ExtendWith(BackToEnglish.class)
class ExerciseInLanguageTest {

    @TempDir
    Path home;

    @TempDir
    Path data;

    private ShellDriver.Result studentSendsAMessageThenAsks(ClassroomServer server) {
        return new ShellDriver(home).target(HostSpec.of("127.0.0.1", Optional.of(server.port()), Optional.empty()))
                .line("EHLO laptop")
                .line("/auth plain").line("y").line("s01").line("kaboro-telu")
                .line("MAIL FROM:<s01@example.test>").line("RCPT TO:<bob@example.test>")
                .line("DATA").line("Subject: Hallo").line("").line("Hallo Bob").line(".")
                .line("/exercise")
                .line("QUIT").run();
    }

    @Test
    void theCurrentExerciseIsShownInGermanWithWhatIsMetSoFar() throws Exception {
        Texts.use(Language.DE);
        try (ClassroomServer server = ClassroomServer.builder(RosterReader.parse("roster.csv",
                "id,name,password\ns01,Ana,kaboro-telu\n"), data.resolve("class")).port(0).start()) {
            ShellDriver.Result result = studentSendsAMessageThenAsks(server);
            assertTrue(result.shows("Exercise 1: Your first message, sent properly (3 of 4 points so far)"),
                    "the server's own words stay on the wire: " + result.text());
            assertTrue(result.shows(String.join("\n",
                    "Übung 1: Deine erste Nachricht, richtig verschickt",
                    "",
                    "Schicke eine Nachricht von deiner eigenen Adresse (ID@example.test, ID ist deine ID aus der",
                    "Teilnehmerliste) an bob@example.test, mit einem Subject-Header. Sichere zuerst die Verbindung mit",
                    "STARTTLS, melde dich dann mit AUTH an (deine ID aus der Teilnehmerliste und dein Passwort) und sende",
                    "erst danach.",
                    "",
                    "Bewertet wird, was der Server sieht:",
                    "  [x] MAIL FROM mit deiner eigenen Adresse",
                    "  [x] RCPT TO bob@example.test",
                    "  [x] ein Subject-Header",
                    "  [ ] STARTTLS vor AUTH")), result.text());
        }
    }

    @Test
    void inEnglishTheServersAnswerIsAllThereIs() throws Exception {
        try (ClassroomServer server = ClassroomServer.builder(RosterReader.parse("roster.csv",
                "id,name,password\ns01,Ana,kaboro-telu\n"), data.resolve("class")).port(0).start()) {
            ShellDriver.Result result = studentSendsAMessageThenAsks(server);
            assertTrue(result.shows("Exercise 1: Your first message, sent properly (3 of 4 points so far)"), result.text());
            assertTrue(result.shows("[ ] STARTTLS before AUTH"), result.text());
            assertFalse(result.shows("Graded on what the server sees:"), result.text());
        }
    }
}
