package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dev.smtptutor.lesson.LessonTexts;
import dev.smtptutor.lesson.Progress;
import dev.smtptutor.testing.GreenMailServers;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /lesson while the shell is connected to a real host (GreenMail), on a virtual terminal. */
class LessonOnHostShellTest {

    private static GreenMail greenMail;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        greenMail = GreenMailServers.smtp();
    }

    @AfterAll
    static void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private ShellDriver onGreenMail() {
        return new ShellDriver(home).virtualTerminal()
                .target(HostSpec.of("127.0.0.1", Optional.of(greenMail.getSmtp().getPort()), Optional.empty()))
                .lessons(LessonOptions.standard().memory(Progress.empty()));
    }

    @Test
    void aSimulatorLessonSaysWhyAndAsksBeforeSwitchingAndStaysOnTheHostWhenTheLearnerSaysNo() {
        String endpoint = "127.0.0.1:" + greenMail.getSmtp().getPort();
        String out = onGreenMail().line("/lesson 12").line("n").line("NOOP").line("/quit").run().output();
        assertTrue(out.contains(LessonTexts.get("lesson.needs-simulator", Map.of("number", 12,
                "why", LessonTexts.get("lesson.needs-scenario", "scenario", "bounce")))), out);
        assertTrue(out.contains(LessonTexts.get("lesson.switch-confirm", "host", endpoint) + " [y/N] "), out);
        assertTrue(out.contains(LessonTexts.get("lesson.stays-on-host", Map.of("host", endpoint, "number", 12))), out);
        // Nothing was sent for the lesson, no simulator was started, and the next line still reaches GreenMail.
        assertFalse(out.contains("simulator (127.0.0.1"), out);
        assertTrue(out.contains("250 Is that all?"), out);
        assertFalse(out.contains("Lesson 12:"), out);
    }

    @Test
    void anAnyLessonRunsOnTheHostWithTheLearnersAddressesAskedOnce() {
        String out = onGreenMail().line("/lesson 2").line("me@lab.test").line("you@lab.test").line("")
                .line("EHLO client.example.test").line("MAIL FROM:<me@lab.test>").line("/quit").run().output();
        assertTrue(out.contains("NOOP smtp-tutor lesson 02-first-message"), out);
        assertTrue(out.contains("Lesson 2: "), out);
        assertTrue(out.contains("This lesson runs on 127.0.0.1:" + greenMail.getSmtp().getPort() + ", a real server"), out);
        // The step names the learner's address, and the sender step is done on GreenMail's "250 OK".
        assertTrue(out.contains("MAIL FROM:<me@lab.test>"), out);
        assertEquals(2, out.split("Done, at par", -1).length - 1, out);
        assertFalse(out.contains("simulator ("), out);
    }
}
