package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** STARTTLS, the AUTH helpers, and that no secret survives in a transcript. */
class ShellTlsAndAuthTest {

    @TempDir
    Path home;

    @Test
    void starttlsShowsWhatWasNegotiatedAndAsksForEhloAgain() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("STARTTLS").line("EHLO c").run();
        assertTrue(result.shows("<-  220 2.0.0 Ready to start TLS"), result.text());
        assertTrue(result.text().matches("(?s).*TLS is on: TLSv1\\.[23] with TLS_\\w+.*"), result.text());
        assertTrue(result.shows("certificate for: O=smtp-tutor simulator,CN=mail.example.test"), result.text());
        assertTrue(result.shows("trusted: yes, because the tutor trusts exactly the certificate the simulator made"));
        assertTrue(result.shows("send EHLO again"));
        assertTrue(result.shows("<~  250-AUTH PLAIN LOGIN CRAM-MD5"), result.text());
    }

    @Test
    void authPlainHelperSendsTheCredentialAndTheTranscriptMasksIt() throws IOException {
        Path saved = home.resolve("session.md");
        ShellDriver.Result result = new ShellDriver(home)
                .line("EHLO c").line("/tls").line("EHLO c")
                .line("/auth plain").line("alice").line("wonderland")
                .line("/transcript").line("/transcript save " + saved)
                .run();
        assertTrue(result.shows("base64 of \"\\0alice\\0<password>\""), result.text());
        assertTrue(result.shows(" ~> AUTH PLAIN ********"), result.text());
        assertTrue(result.shows("<~  235 2.7.0 Authentication successful"));
        String markdown = Files.readString(saved);
        assertTrue(markdown.contains(" ~> AUTH PLAIN ********"), markdown);
        assertTrue(markdown.contains("> class     2xx Positive Completion."), markdown);
        assertFalse(markdown.contains("AGFsaWNlAHdvbmRlcmxhbmQ="));
        assertFalse(markdown.contains("wonderland"));
        String transcript = result.text().substring(result.text().indexOf("smtp> /transcript"));
        assertFalse(transcript.contains("AGFsaWNlAHdvbmRlcmxhbmQ="), transcript);
    }

    @Test
    void authLoginHelperAnswersBothChallenges() {
        ShellDriver.Result result = new ShellDriver(home)
                .line("EHLO c").line("STARTTLS").line("EHLO c")
                .line("/auth login").line("bob").line("builder")
                .run();
        assertTrue(result.shows("<~  334 VXNlcm5hbWU6"), result.text());
        assertTrue(result.shows("\"Username:\""), result.text());
        assertTrue(result.shows("<~  334 UGFzc3dvcmQ6"));
        assertTrue(result.shows("<~  235 2.7.0 Authentication successful"));
    }

    @Test
    void authBeforeTlsIsExplainedInsteadOfSent() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("/auth plain").run();
        assertTrue(result.shows("offer it only inside TLS: type STARTTLS (or /tls), then EHLO again"), result.text());
    }

    @Test
    void typedAuthExchangeIsMaskedInTheTranscript() {
        ShellDriver.Result result = new ShellDriver(home)
                .line("EHLO c").line("STARTTLS").line("EHLO c")
                .line("AUTH LOGIN").line("YWxpY2U=").line("d29uZGVybGFuZA==")
                .line("/transcript").run();
        assertTrue(result.shows("auth> ********"), result.text());
        assertTrue(result.shows("<~  235 2.7.0 Authentication successful"));
        String transcript = result.text().substring(result.text().indexOf("smtp> /transcript"));
        assertTrue(transcript.contains(" ~> ********"), transcript);
        assertFalse(transcript.contains("d29uZGVybGFuZA=="), transcript);
        assertEquals(-1, result.text().indexOf("d29uZGVybGFuZA=="));
    }
}
