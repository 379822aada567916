package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /compose at the data> prompt fills the message being typed; body lines keep their indentation. */
class ComposeAtDataPromptTest {

    @TempDir
    Path home;

    @Test
    void composeAtTheDataPromptSendsTheComposedMessageAsTheText() {
        ShellDriver.Result result = new ShellDriver(home).detail(DetailLevel.OFF)
                .line("EHLO c").line("MAIL FROM:<alice@example.test>").line("RCPT TO:<bob@example.test>").line("DATA")
                .line("/compose").line("").line("").line("").line("Indented").line("    four spaces in").line(".").line("")
                .line("y")
                .run();
        assertTrue(result.shows("You are typing a message (DATA was accepted)."), result.text());
        assertEquals(1, result.delivered().size(), result.text());
        String text = result.delivered().get(0).contentAsText();
        assertTrue(text.contains("Subject: Indented\r\n"), text);
        assertTrue(text.contains("\r\n    four spaces in\r\n"), text);
    }
}
