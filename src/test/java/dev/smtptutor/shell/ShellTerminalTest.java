package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell on a virtual xterm: Tab completion, Ctrl-C, pasting, history. */
class ShellTerminalTest {

    @TempDir
    Path home;

    private ShellDriver shell() {
        return new ShellDriver(home).virtualTerminal().detail(DetailLevel.OFF);
    }

    @Test
    void tabCompletesAVerbAndItsSyntax() {
        ShellDriver.Result result = shell().type("EH").tab().type("client.example").enter()
                .type("MA").tab().type("alice@example.test>").enter()
                .run();
        assertTrue(result.shows("<-  250-mail.example.test"), result.text());
        assertTrue(result.shows("<-  250 2.1.0 Ok"), result.text());
    }

    @Test
    void tabCompletesAddressesUsedEarlierAndSimulatorUsers() {
        ShellDriver.Result result = shell().line("EHLO c").line("MAIL FROM:<carol@elsewhere.example>")
                .type("RCPT TO:<b").tab().enter()
                .run();
        assertTrue(result.shows("<-  250 2.1.5 Ok"), result.text());
    }

    @Test
    void tabListsVerbsMarkingThoseNotValidInThisState() {
        ShellDriver.Result result = shell().type("R").tab().tab().type("\u0015").line("QUIT").run();
        assertTrue(result.shows("RCPT"), result.text());
        assertTrue(result.shows("RSET"), result.text());
        assertTrue(result.shows("not valid in this state"), result.text());
    }

    @Test
    void authCompletionOffersOnlyAdvertisedMechanisms() {
        ShellDriver.Result result = shell().line("EHLO c").line("STARTTLS").line("EHLO c")
                .type("AUTH CR").tab().enter().type("*").enter()
                .run();
        assertTrue(result.shows("<~  334 "), result.text());
        assertTrue(result.shows("<~  501 5.7.0 Authentication aborted"), result.text());
    }

    @Test
    void theCommandBeingTypedShowsItsSyntaxAndMeaningBelowThePrompt() {
        ShellDriver.Result result = shell().type("RCPT TO:<bob@example.test>").type("\u0015").line("QUIT").run();
        assertTrue(result.shows("RCPT TO:<address>  -  Specify a recipient envelope address. Can be repeated."),
                result.text());
    }

    @Test
    void slashCommandsComplete() {
        ShellDriver.Result result = shell().type("/mail").tab().enter().run();
        assertTrue(result.shows("The simulator has accepted no message yet."), result.text());
    }

    @Test
    void pastedCommandsArePipelinedAndEachReplyMatched() {
        ShellDriver.Result result = shell().line("EHLO c")
                .paste("MAIL FROM:<alice@example.test>\nRCPT TO:<bob@example.test>\nRCPT TO:<nobody@example.test>\nDATA\n")
                .enter().line("Subject: pasted").line("").line("hello").line(".")
                .run();
        assertTrue(result.shows("Sending 4 commands at once"), result.text());
        assertTrue(result.shows(" -> RCPT TO:<nobody@example.test>\n<-  550 5.1.1"), result.text());
        assertTrue(result.shows("<-  250 2.0.0 Ok: queued as"), result.text());
        assertEquals(1, result.delivered().size());
        assertEquals(1, result.delivered().get(0).envelope().recipients().size());
    }

    @Test
    void ctrlCInTheMessageEditorAbandonsTheMessageAfterAsking() {
        ShellDriver.Result result = shell().line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<bob@example.test>").line("DATA").line("half a message")
                .ctrlC().line("y").line("NOOP")
                .run();
        assertTrue(result.shows("Abandon this message?"), result.text());
        assertTrue(result.shows("<-  220 mail.example.test ESMTP"), result.text());
        assertTrue(result.delivered().isEmpty());
        assertTrue(result.shows("<-  250 2.0.0 Ok"), result.text());
    }

    @Test
    void ctrlCAtThePromptSaysHowToLeave() {
        ShellDriver.Result result = shell().type("NOO").ctrlC().line("NOOP").run();
        assertTrue(result.shows("To leave, type /quit or press Ctrl-D"), result.text());
    }

    @Test
    void historyKeepsCommandsButNeverCredentials() throws IOException {
        shell().line("EHLO c").line("STARTTLS").line("EHLO c").line("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=")
                .line("/quit").run();
        String history = Files.readString(home.resolve("history"));
        assertTrue(history.contains("EHLO c"), history);
        assertTrue(history.contains("AUTH PLAIN"), history);
        assertFalse(history.contains("AGFsaWNlAHdvbmRlcmxhbmQ="), history);
    }

    @Test
    void anExclamationMarkInAMessageStaysAnExclamationMark() {
        ShellDriver.Result result = shell().line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<bob@example.test>").line("DATA").line("Hello !! world !$").line(".").run();
        assertEquals("Hello !! world !$\r\n", result.delivered().get(0).contentAsText());
    }
}
