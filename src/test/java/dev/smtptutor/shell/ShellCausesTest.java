package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell shows the cause the reply's words reveal under the code's meaning: in a session, in /explain, in lessons. */
class ShellCausesTest {

    private static final String RELAY_CAUSE = "This server delivers only to its own domains, or relays only for clients"
            + " that logged in or are on its network: you are neither";

    @TempDir
    Path home;

    @Test
    void aRefusedRelayShowsItsCauseInTheSession() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<friend@elsewhere.example>").run();
        assertTrue(result.shows("     cause     " + RELAY_CAUSE), result.text());
        assertTrue(result.shows("     admin     Check the relay rules"), result.text());
    }

    @Test
    void explainOfAPastedReplyNamesTheBlocklist() {
        ShellDriver.Result result = new ShellDriver(home)
                .line("/explain 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net").run();
        assertTrue(result.shows("cause     Your sending IP 192.0.2.1 is listed on SpamCop, so the receiving server refuses"
                + " it; check it at https://www.spamcop.net/bl.shtml"), result.text());
    }

    @Test
    void lessonFeedbackGivesTheCause() {
        ShellDriver.Result result = new ShellDriver(home).detail(DetailLevel.OFF).line("/lesson 2").line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<friend@elsewhere.example>").run();
        assertTrue(result.shows("  Cause: " + RELAY_CAUSE), result.text());
    }
}
