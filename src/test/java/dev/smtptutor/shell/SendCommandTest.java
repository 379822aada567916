package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /send: Jakarta Mail sends, and its session is replayed as if typed, every reply explained, secrets masked. */
class SendCommandTest {

    @TempDir
    Path home;

    private static void assertNoSecret(String text, String... secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), "\"" + secret + "\" is in the output:\n" + text);
        }
    }

    @Test
    void simulatorSessionWithStarttlsAndAuthIsReplayedAndExplained() {
        ShellDriver.Result result = new ShellDriver(home).line("/send").line("alice").line("wonderland").run();
        String text = result.text();

        for (String line : List.of(" -> EHLO ", " -> STARTTLS", "<-  220 2.0.0 Ready to start TLS", " ~> EHLO ",
                "<~  250-AUTH PLAIN LOGIN CRAM-MD5", " ~> AUTH LOGIN", "<~  334 VXNlcm5hbWU6", "<~  334 UGFzc3dvcmQ6",
                "<~  235 2.7.0 Authentication successful", " ~> MAIL FROM:<alice@example.test>",
                " ~> RCPT TO:<bob@example.test>", " ~> DATA", " ~> ..A line that starts with a period",
                " ~> .", "<~  250 2.0.0 Ok: queued as", " ~> QUIT", "<~  221 2.0.0 Bye")) {
            assertTrue(text.contains(line), "missing \"" + line + "\":\n" + text);
        }
        assertTrue(text.contains("challenge The server asks for your user name (\"Username:\", base64-encoded)."), text);
        assertTrue(text.contains("here      You are logged in: the server accepted your credentials."), text);
        assertTrue(text.contains("here      The server accepted this recipient"), text);
        assertEquals(2, text.split(" ~> \\*{8}", -1).length - 1, "both AUTH LOGIN answers are masked:\n" + text);
        // "wonderland" itself is printed by the welcome hint (the simulator's demo users), and the 334's "next"
        // line shows YWxpY2U= as an example; the password's base64 must appear nowhere.
        assertNoSecret(text, "d29uZGVybGFuZA==", "AGFsaWNlAHdvbmRlcmxhbmQ=");
        assertTrue(text.contains("password (hidden): ********"), text);
        assertTrue(text.contains("Delivered: that is the whole session behind one Transport.sendMessage() call."));
        assertEquals(Optional.of("alice"), result.delivered().get(0).authenticatedUser());
    }

    @Test
    void withoutLoginTheSimulatorStillGetsStarttlsWhenOffered() {
        ShellDriver.Result result = new ShellDriver(home).line("/send").line("").run();
        assertTrue(result.shows(" -> STARTTLS"), result.text());
        assertFalse(result.shows(" ~> AUTH"), result.text());
        assertEquals(1, result.delivered().size());
        assertTrue(result.delivered().get(0).tls());
    }

    @Test
    void theComposedMessageIsTheOneSentAndAFailureIsExplained() {
        ShellDriver.Result result = new ShellDriver(home).line("/compose").line("").line("nobody@example.test").line("")
                .line("To nobody").line("Hello?").line(".").line("")
                .line("/send").line("").run();
        assertTrue(result.shows(" ~> RCPT TO:<nobody@example.test>"), result.text());
        assertTrue(result.shows("<~  550 5.1.1"), result.text());
        assertTrue(result.shows("Jakarta Mail gave up: Invalid Addresses: 550 5.1.1"), result.text());
        assertEquals(0, result.delivered().size());
    }

    @Test
    void wrongPasswordShowsThe535AndMasksTheAttempt() {
        ShellDriver.Result result = new ShellDriver(home).line("/send").line("alice").line("not-her-password").run();
        assertTrue(result.shows("<~  535 5.7.8"), result.text());
        assertTrue(result.shows("Jakarta Mail gave up: 535 5.7.8"), result.text());
        assertNoSecret(result.text(), "not-her-password", "bm90LWhlci1wYXNzd29yZA==");
    }

    @Test
    void greenMailSessionIsReplayedWithCredentialsMasked() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        try {
            greenMail.setUser("carol@localhost", "carol", "secret");
            ShellDriver.Result result = new ShellDriver(home)
                    .target(HostSpec.of("127.0.0.1", Optional.of(greenMail.getSmtp().getPort()), Optional.empty()))
                    .line("/send")
                    .line("/compose").line("alice@example.test").line("carol@localhost").line("")
                    .line("Hi Carol").line("Hello from Jakarta Mail").line(".").line("")
                    .line("/send").line("carol").line("y").line("secret")
                    .run();
            String text = result.text();
            assertTrue(text.contains("Compose a message first with /compose"), text);
            assertTrue(text.contains("The connection is NOT encrypted"), text);
            for (String line : List.of("<-  220 ", " -> EHLO ", "<-  250 AUTH PLAIN LOGIN", " -> AUTH LOGIN", " -> ********",
                    "<-  235 2.7.0", " -> MAIL FROM:<alice@example.test>", " -> RCPT TO:<carol@localhost>", " -> DATA",
                    " -> Subject: Hi Carol", " -> QUIT")) {
                assertTrue(text.contains(line), "missing \"" + line + "\":\n" + text);
            }
            assertTrue(text.contains("code      235 \"Authentication Succeeded\""), text);
            assertNoSecret(text, "c2VjcmV0", "Y2Fyb2w=");
            assertEquals(1, greenMail.getReceivedMessages().length);
        } finally {
            greenMail.stop();
        }
    }
}
