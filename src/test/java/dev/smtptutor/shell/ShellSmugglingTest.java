package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** <LF> in the message editor sends a bare line feed: the strict simulator refuses, a lenient one is fooled. */
class ShellSmugglingTest {

    @TempDir
    Path home;

    private ShellDriver smuggle(ShellDriver driver) {
        return driver.line("EHLO c").line("MAIL FROM:<alice@example.test>").line("RCPT TO:<bob@example.test>")
                .line("DATA").line("Subject: Quarterly report").line("")
                .line("See you.<LF>.<LF>MAIL FROM:<ceo@example.test><LF>RCPT TO:<bob@example.test><LF>DATA<LF>"
                        + "Subject: Urgent<LF><LF>Please pay today.")
                .line(".").line("NOOP");
    }

    @Test
    void theStrictDefaultServerRefusesTheBareLfAndHangsUp() {
        ShellDriver.Result result = smuggle(new ShellDriver(home).detail(DetailLevel.OFF)).run();
        assertTrue(result.shows("the tutor sends each as a bare line feed"), result.text());
        assertTrue(result.shows("<-  521 5.5.2 mail.example.test Error: bare <LF> received"), result.text());
        assertTrue(result.delivered().isEmpty());
    }

    @Test
    void aLenientServerReadsTheSmuggledCommandsAndDeliversTheForgery() {
        ShellDriver.Result result = smuggle(new ShellDriver(home).detail(DetailLevel.OFF)
                .line("/scenario lenient")).run();
        assertTrue(result.shows("The server answered 4 more time(s) than the one message you sent"), result.text());
        assertEquals(2, result.delivered().size(), result.text());
        assertEquals("ceo@example.test", result.delivered().get(1).envelope().sender().address());
        assertTrue(result.shows("<-  250 2.0.0 Ok"), "the session goes on in step: " + result.text());
    }
}
