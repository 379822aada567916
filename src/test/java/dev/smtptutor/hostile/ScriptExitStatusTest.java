package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 13 of issue 16: piped (script) mode's exit status says how the script went: 0 its last
 * exchange succeeded, 1 it failed, 3 the connection never opened.
 */
class ScriptExitStatusTest {

    @TempDir
    Path home;

    @Test
    void aScriptWhoseLastExchangeSucceededExitsZero() {
        assertEquals(0, TutorOnTerminal.piped(home).line("EHLO client.example").line("NOOP").run().exit());
    }

    @Test
    void aScriptWhoseLastReplyIsAnErrorExitsOne() {
        assertEquals(1, TutorOnTerminal.piped(home).line("EHLO client.example").line("RCPT TO:<bob@example.test>")
                .run().exit());
    }

    @Test
    void aScriptThatRecoversAfterAnErrorExitsZero() {
        assertEquals(0, TutorOnTerminal.piped(home).line("RCPT TO:<bob@example.test>").line("EHLO client.example")
                .run().exit());
    }

    @Test
    void aScriptWhoseServerHungUpExitsOne() throws IOException {
        try (HostileServer server = HostileServer.start(peer -> {
            peer.send("220 mx.example.test ESMTP\r\n");
            peer.readLine(); // then hang up without a word
        })) {
            assertEquals(1, TutorOnTerminal.piped(home).connectingTo(server).line("EHLO client.example").run().exit());
        }
    }

    @Test
    void aScriptWhoseConnectionWasRefusedExitsThree() throws IOException {
        int closedPort;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = unused.getLocalPort();
        }
        TutorOnTerminal.Session session = TutorOnTerminal.piped(home)
                .connectingTo(closedPort).line("EHLO client.example").run();
        assertEquals(3, session.exit(), session.text());
    }
}
