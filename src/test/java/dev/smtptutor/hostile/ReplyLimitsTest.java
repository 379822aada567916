package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.client.Connection;
import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 2 of issue 16: a server that never ends its reply, or drips it, is cut off with an
 * explanation; memory stays bounded and the wait is one reply timeout for the whole reply.
 */
@Timeout(20)
class ReplyLimitsTest {

    @TempDir
    Path home;

    private static ConnectionException readGreeting(HostileServer server, Duration timeout) {
        ConnectionOptions options = ConnectionOptions.builder("127.0.0.1", server.port()).replyTimeout(timeout).build();
        return assertThrows(ConnectionException.class, () -> {
            try (Connection connection = Connection.open(options)) {
                connection.readReply();
            }
        });
    }

    /** Sends the same text again and again until the client goes away. */
    private static HostileServer endless(String first, String repeated) throws IOException {
        return HostileServer.start(peer -> {
            peer.send(first);
            String many = repeated.repeat(Math.max(1, 8192 / repeated.length()));
            while (true) {
                peer.send(many);
            }
        });
    }

    @Test
    void anEndlessMultiLineReplyIsCutOffAsTooLong() throws IOException {
        try (HostileServer server = endless("", "220-more\r\n")) {
            ConnectionException e = readGreeting(server, Duration.ofSeconds(10));
            assertEquals(Problem.REPLY_TOO_LONG, e.problem(), e.getMessage());
            assertTrue(e.technicalDetail().contains("past 1000 lines"), e.technicalDetail());
        }
    }

    @Test
    void anEndlessSingleLineIsCutOffAsTooLong() throws IOException {
        try (HostileServer server = endless("220 ", "aaaaaaaa")) {
            ConnectionException e = readGreeting(server, Duration.ofSeconds(10));
            assertEquals(Problem.REPLY_TOO_LONG, e.problem(), e.getMessage());
            assertTrue(e.technicalDetail().contains("past 1000000 octets"), e.technicalDetail());
        }
    }

    @Test
    void aReplyLineOver2000OctetsIsRefusedAsTooLong() throws IOException {
        try (HostileServer server = HostileServer.replying("220 " + "a".repeat(2_100) + "\r\n")) {
            ConnectionException e = readGreeting(server, Duration.ofSeconds(10));
            assertEquals(Problem.REPLY_TOO_LONG, e.problem(), e.getMessage());
            assertTrue(e.technicalDetail().startsWith("a line of 2104 octets (at most 2000 are accepted)"),
                    e.technicalDetail());
        }
    }

    @Test
    void aReplyLineOf2000OctetsIsStillAccepted() throws Exception {
        String text = "a".repeat(1_996);
        try (HostileServer server = HostileServer.replying("220 " + text + "\r\n")) {
            ConnectionOptions options = ConnectionOptions.builder("127.0.0.1", server.port()).build();
            try (Connection connection = Connection.open(options)) {
                assertEquals(text, connection.readReply().text());
            }
        }
    }

    @Test
    void aServerThatDripsOneByteAtATimeTimesOutOnceForTheWholeReply() throws IOException {
        // Each byte comes well within the timeout; the reply as a whole never does.
        try (HostileServer server = HostileServer.start(peer -> {
            while (true) {
                for (char c : "220-drip\r\n".toCharArray()) {
                    peer.send(String.valueOf(c));
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        })) {
            long started = System.nanoTime();
            ConnectionException e = readGreeting(server, Duration.ofMillis(400));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(Problem.REPLY_TIMEOUT, e.problem(), e.getMessage());
            assertTrue(tookMillis < 5_000, "took " + tookMillis + " ms");
        }
    }

    @Test
    void theShellExplainsAReplyThatWouldNotEnd() throws IOException {
        try (HostileServer server = endless("", "220-more\r\n")) {
            TutorOnTerminal.Session session = TutorOnTerminal.piped(home).connectingTo(server).line("/quit").run();
            assertTrue(session.shows("sent a reply that would not end, so the tutor stopped reading"), session.text());
            assertTrue(session.shows("1,000 lines or 1 MB"), session.text());
        }
    }
}
