package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.Main;
import dev.smtptutor.cli.LogWriter;
import dev.smtptutor.cli.TranscriptLog;
import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Item 1 of issue 16: a server's (or a client's) control characters are shown, never obeyed, in
 * every output path: the shell, piped output, saved transcripts, probe, explain --bounce, serve's log.
 */
class ControlCharactersTest {

    static final String CLEAR_AND_RETITLE = "\u001b[2J\u001b]0;pwned\u0007";
    static final String HOSTILE_GREETING = "220 " + CLEAR_AND_RETITLE + " hi\r\n";
    static final String HOSTILE_EHLO = "250-mx.example.test\r\n250-\u001b[?1049hHIDDEN\r\n250 \u202eTLEHC\r\n";

    @TempDir
    Path home;

    private static void assertNoRawControls(String output) {
        assertFalse(output.contains("\u001b[2J"), "screen cleared: " + output);
        assertFalse(output.contains("\u001b]0;"), "window retitled: " + output);
        assertFalse(output.contains("\u001b[?1049h"), "alternate screen: " + output);
        assertFalse(output.contains("\u0007"), "bell: " + output);
        assertFalse(output.contains("\u202e"), "bidi override: " + output);
    }

    @Test
    void everyControlAndInvisibleFormatCharacterIsWrittenOutVisibly() {
        assertEquals("\\x00\\x09\\x0d\\x1b\\x7f\\x85\\x9b", UntrustedText.visible("\u0000\t\r\u001b\u007f\u0085\u009b"));
        assertEquals("\\u202a\\u202e\\u2066\\u2069\\u200b\\u200f\\ufeff\\u2028",
                UntrustedText.visible("\u202a\u202e\u2066\u2069\u200b\u200f\ufeff\u2028"));
        assertEquals("Grüße, 你好 😀 \\x", UntrustedText.visible("Grüße, 你好 😀 \\x"));
    }

    @Test
    void aGreetingThatWouldClearTheScreenIsShownEscapedOnTheTerminal() throws IOException {
        try (HostileServer server = HostileServer.replying(HOSTILE_GREETING)) {
            TutorOnTerminal.Session session = TutorOnTerminal.xterm(home).connectingTo(server).line("/quit").run();
            assertNoRawControls(session.raw());
            assertTrue(session.shows("<-  220 \\x1b[2J\\x1b]0;pwned\\x07 hi"), session.text());
        }
    }

    @Test
    void ehloLinesThatWouldSwitchScreensAreShownEscaped() throws IOException {
        try (HostileServer server = HostileServer.replying("220 mx.example.test ESMTP\r\n", HOSTILE_EHLO)) {
            TutorOnTerminal.Session session = TutorOnTerminal.xterm(home).connectingTo(server)
                    .line("EHLO client.example").line("/quit").run();
            assertNoRawControls(session.raw());
            assertTrue(session.shows("<-  250-\\x1b[?1049hHIDDEN"), session.text());
            assertTrue(session.shows("<-  250 \\u202eTLEHC"), session.text());
        }
    }

    @Test
    void theFirstControlCharacterOfASessionIsExplainedOnce() throws IOException {
        try (HostileServer server = HostileServer.replying(HOSTILE_GREETING, HOSTILE_EHLO)) {
            TutorOnTerminal.Session session = TutorOnTerminal.piped(home).connectingTo(server)
                    .line("EHLO client.example").line("/quit").run();
            String note = "held control characters, shown here as \\x1b";
            int first = session.text().indexOf(note);
            assertTrue(first > session.text().indexOf("<-  220 \\x1b[2J"), session.text());
            assertEquals(-1, session.text().indexOf(note, first + 1), session.text());
        }
    }

    @Test
    void pipedOutputCarriesNoControlCharacterFromTheServer() throws IOException {
        try (HostileServer server = HostileServer.replying(HOSTILE_GREETING, HOSTILE_EHLO)) {
            TutorOnTerminal.Session session = TutorOnTerminal.piped(home).connectingTo(server)
                    .line("EHLO client.example").line("/quit").run();
            assertFalse(session.raw().contains("\u001b"), session.raw());
            assertNoRawControls(session.raw());
            assertTrue(session.raw().contains("<-  250-\\x1b[?1049hHIDDEN"), session.raw());
        }
    }

    @Test
    void anUnaskedReplyWithEscapesIsShownEscaped() throws IOException {
        // The 421 follows the greeting at once: it waits in the socket until the shell looks again.
        try (HostileServer server = HostileServer.start(peer -> {
            peer.send("220 mx.example.test\r\n421 4.4.2 " + CLEAR_AND_RETITLE + " bye\r\n");
            while (peer.readLine() != null) {
                peer.send("250 ok\r\n");
            }
        })) {
            TutorOnTerminal.Session session = TutorOnTerminal.piped(home).connectingTo(server)
                    .line("NOOP").line("/quit").run();
            assertNoRawControls(session.raw());
            assertTrue(session.shows("<-  421 4.4.2 \\x1b[2J\\x1b]0;pwned\\x07 bye"), session.text());
        }
    }

    @Test
    void aSavedTranscriptHoldsNoControlCharacter() throws IOException {
        Path saved = home.resolve("session.md");
        try (HostileServer server = HostileServer.replying(HOSTILE_GREETING, HOSTILE_EHLO)) {
            TutorOnTerminal.piped(home).connectingTo(server).line("EHLO client.example")
                    .line("/transcript save " + saved).line("/quit").run();
        }
        String file = Files.readString(saved);
        assertNoRawControls(file);
        assertTrue(file.contains("<-  220 \\x1b[2J\\x1b]0;pwned\\x07 hi"), file);
        assertTrue(file.contains("<-  250 \\u202eTLEHC"), file);
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    @Test
    void probeShowsABannerWithEscapesEscaped() throws IOException {
        try (HostileServer server = HostileServer.replying(HOSTILE_GREETING, HOSTILE_EHLO)) {
            CliRun run = cli("probe", server.endpoint());
            assertNoRawControls(run.out());
            assertTrue(run.out().contains("220 \\x1b[2J\\x1b]0;pwned\\x07 hi"), run.out());
        }
    }

    @Test
    void probeJsonCarriesEscapesAsJsonEscapes() throws IOException {
        try (HostileServer server = HostileServer.replying(HOSTILE_GREETING, HOSTILE_EHLO)) {
            CliRun run = cli("probe", "--json", server.endpoint());
            assertNoRawControls(run.out());
            // JSON escapes are case-insensitive (RFC 8259 §7): the library writes \u001B.
            String json = run.out().toLowerCase(java.util.Locale.ROOT);
            assertTrue(json.contains("\"text\":\"\\u001b[2j\\u001b]0;pwned\\u0007 hi\""), run.out());
            assertTrue(json.contains("\"\\u202etlehc\""), run.out());
        }
    }

    static String hostileBounce() {
        return "From: MAILER-DAEMON@mail.example.org\r\nTo: alice@example.org\r\nSubject: Undelivered Mail\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example.org\r\n\r\n"
                + "Final-Recipient: rfc822; nobody@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 " + CLEAR_AND_RETITLE + " User unknown\r\n"
                + "--b--\r\n";
    }

    @Test
    void explainBounceShowsADiagnosticCodeWithEscapesEscaped() throws IOException {
        Path bounce = home.resolve("bounce.eml");
        Files.writeString(bounce, hostileBounce());
        CliRun run = cli("explain", "--bounce", bounce.toString());
        assertNoRawControls(run.out() + run.err());
        assertTrue(run.out().contains("\\x1b[2J\\x1b]0;pwned\\x07 User unknown"), run.out() + run.err());
    }

    @Test
    void explainBounceInTheShellShowsEscapesEscaped() throws IOException {
        Path bounce = home.resolve("bounce.eml");
        Files.writeString(bounce, hostileBounce());
        TutorOnTerminal.Session session = TutorOnTerminal.piped(home).line("/explain --bounce " + bounce)
                .line("/quit").run();
        assertNoRawControls(session.raw());
        assertTrue(session.shows("\\x1b[2J\\x1b]0;pwned\\x07 User unknown"), session.text());
    }

    @Test
    void serveLogShowsAClientsEscapesEscaped() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LogWriter writer = new LogWriter(log, StandardCharsets.UTF_8); // closed last: every line written
             SimServer server = SimServer.builder().port(0).observer(new TranscriptLog(writer, true)).start();
             Socket client = new Socket(server.address(), server.port())) {
            client.getOutputStream().write(("EHLO " + CLEAR_AND_RETITLE + "x\r\nQUIT\r\n").getBytes(StandardCharsets.UTF_8));
            client.getInputStream().readAllBytes(); // until the server's 221 and close
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertNoRawControls(text);
        assertTrue(text.contains(" -> EHLO \\x1b[2J\\x1b]0;pwned\\x07x"), text);
    }
}
