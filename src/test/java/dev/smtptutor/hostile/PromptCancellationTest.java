package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 3 and 14 of issue 16: Ctrl-C or Ctrl-D at any follow-up question cancels that question and
 * the shell goes on; Ctrl-D in a message asks first; a failed /connect keeps the working session.
 * Each test ends with a NOOP answered by the simulator, which proves the shell is still alive.
 */
class PromptCancellationTest {

    private static final String CANCELLED = "(Cancelled) Nothing was done.";
    private static final String ALIVE = "  250 2.0.0 Ok";

    @TempDir
    Path home;

    private TutorOnTerminal xterm() {
        return TutorOnTerminal.xterm(home).line("EHLO client.example");
    }

    /** AUTH is offered inside TLS only. */
    private TutorOnTerminal xtermInsideTls() {
        return xterm().line("STARTTLS").line("EHLO client.example");
    }

    @Test
    void ctrlCAtTheAuthUserNamePromptCancelsIt() {
        TutorOnTerminal.Session session = xtermInsideTls().line("/auth plain").ctrlC().line("NOOP").run();
        assertTrue(session.shows(CANCELLED), session.text());
        assertTrue(session.shows(ALIVE), session.text());
    }

    @Test
    void ctrlDAtThePasswordPromptCancelsIt() {
        TutorOnTerminal.Session session = xtermInsideTls().line("/auth plain").line("alice").ctrlD().line("NOOP").run();
        assertTrue(session.shows(CANCELLED), session.text());
        assertFalse(session.shows("-> AUTH"), session.text());
        assertTrue(session.shows(ALIVE), session.text());
    }

    @Test
    void ctrlCAtTheAbandonQuestionKeepsTheMessage() {
        TutorOnTerminal.Session session = xterm().line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<bob@example.test>").line("DATA").line("Subject: kept")
                .ctrlC().ctrlC().line("").line("still here").line(".").run();
        assertTrue(session.shows("Abandon this message?"), session.text());
        assertTrue(session.shows("<-  250 2.0.0 Ok: queued as"), session.text());
    }

    @Test
    void ctrlDAtTheDataPromptAsksBeforeLeaving() {
        TutorOnTerminal.Session session = xterm().line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<bob@example.test>").line("DATA").line("Subject: kept")
                .ctrlD().line("n").line("").line("body").line(".").run();
        assertTrue(session.shows("Abandon this message?"), session.text());
        assertTrue(session.shows("<-  250 2.0.0 Ok: queued as"), session.text());
    }

    @Test
    void ctrlDAtProgressResetKeepsTheProgress() {
        TutorOnTerminal.Session session = xterm().line("/progress reset").ctrlD().line("NOOP").run();
        assertTrue(session.shows("Forget all your lesson progress?"), session.text());
        assertTrue(session.shows(CANCELLED), session.text());
        assertTrue(session.shows(ALIVE), session.text());
    }

    @Test
    void ctrlCAtAComposeQuestionComposesNothing() {
        TutorOnTerminal.Session session = xterm().line("/compose").ctrlC().line("NOOP").run();
        assertTrue(session.shows("From ["), session.text());
        assertTrue(session.shows(CANCELLED), session.text());
        assertTrue(session.shows(ALIVE), session.text());
    }

    @Test
    void ctrlDAtTheSendUserPromptCancelsIt() {
        TutorOnTerminal.Session session = xterm().line("/compose").line("").line("").line("").line("hi").line("")
                .line(".").line("/send").ctrlD().line("NOOP").run();
        assertTrue(session.shows(ALIVE), session.text());
        assertFalse(session.shows("Exception"), session.text());
    }

    @Test
    void aFailedConnectKeepsTheWorkingSessionWithoutSendingQuit() throws IOException {
        List<String> received = new CopyOnWriteArrayList<>();
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        try (HostileServer server = HostileServer.start(peer -> {
            peer.send("220 mx.example.test ESMTP\r\n");
            for (String line = peer.readLine(); line != null; line = peer.readLine()) {
                received.add(line);
                peer.send(line.equals("QUIT") ? "221 bye\r\n" : "250 ok\r\n");
            }
        })) {
            TutorOnTerminal.Session session = TutorOnTerminal.piped(home).connectingTo(server)
                    .line("EHLO client.example").line("/connect 127.0.0.1:" + closedPort).line("NOOP").run();
            assertTrue(session.shows("You are still connected to"), session.text());
            assertEquals(List.of("EHLO client.example", "NOOP"), received.subList(0, 2), session.text());
        }
    }
}
