package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Every way a connection can fail, each provoked for real and explained. */
class ConnectionFailureTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    private static ConnectionOptions.Builder to(FakeServer server) {
        return ConnectionOptions.builder(server.host(), server.port()).replyTimeout(SHORT);
    }

    @Test
    void closedPortIsRefused() throws IOException {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        ConnectionException refused = assertThrows(ConnectionException.class,
                () -> Connection.open(ConnectionOptions.builder("127.0.0.1", port).build()));

        assertEquals(Problem.REFUSED, refused.problem());
        assertEquals("127.0.0.1:" + port + " refused the connection.", refused.explanation().happened());
        assertTrue(refused.technicalDetail().startsWith("ConnectException: Connection refused"),
                refused.technicalDetail());
    }

    @Test
    void unknownHostIsExplained() {
        ConnectionException unknown = assertThrows(ConnectionException.class,
                () -> Connection.open(ConnectionOptions.builder("no-such-host.invalid", 25).build()));

        assertEquals(Problem.UNKNOWN_HOST, unknown.problem());
        assertTrue(unknown.explanation().happened().contains("\"no-such-host.invalid\""));
        assertTrue(unknown.explanation().tryThis().contains("MX"));
    }

    @Test
    void silentServerTimesOutWaitingForTheGreeting() throws IOException, ConnectionException {
        try (FakeServer silent = FakeServer.start(client -> { /* accepts and holds */ });
             Connection connection = Connection.open(to(silent).build())) {
            ConnectionException timeout = assertThrows(ConnectionException.class, connection::readReply);

            assertEquals(Problem.REPLY_TIMEOUT, timeout.problem());
            assertTrue(timeout.explanation().happened().endsWith("sent no complete reply within 300 ms."),
                    timeout.explanation().happened());
            assertTrue(connection.isOpen());
        }
    }

    @Test
    void replyArrivingAfterATimeoutCanStillBePolled() throws IOException, ConnectionException, InterruptedException {
        CountDownLatch timedOut = new CountDownLatch(1);
        try (FakeServer late = FakeServer.start(client -> {
            try {
                timedOut.await();
            } catch (InterruptedException e) {
                return;
            }
            FakeServer.write(client, "220 late but here\r\n");
        });
             Conversation conversation = Conversation.open(to(late).build())) {
            assertThrows(ConnectionException.class, conversation::greeting);
            timedOut.countDown();
            Exchange reply = conversation.pollUnsolicited(Duration.ofSeconds(10)).orElseThrow();

            assertEquals("late but here", reply.reply().orElseThrow().text());
            assertEquals(Optional.of(Problem.REPLY_TIMEOUT), conversation.exchanges().get(0).failure());
        }
    }

    @Test
    void serverClosingInTheMiddleOfAReplyIsClosedByServer() throws IOException, ConnectionException {
        try (FakeServer rude = FakeServer.start(client -> {
            FakeServer.write(client, "250-first\r\n");
            client.close();
        });
             Connection connection = Connection.open(to(rude).build())) {
            ConnectionException closed = assertThrows(ConnectionException.class, connection::readReply);

            assertEquals(Problem.CLOSED_BY_SERVER, closed.problem());
            assertEquals("the server closed the connection in the middle of a reply, after \"250-first\"",
                    closed.technicalDetail());
            assertFalse(connection.isOpen());
        }
    }

    @Test
    void abortiveCloseIsReportedAsReset() throws IOException {
        try (FakeServer crashing = FakeServer.start(client -> {
            client.setSoLinger(true, 0); // close with a TCP RST instead of a FIN
            client.close();
        })) {
            // The RST may arrive while the client is still opening, or at its first read: both are a reset.
            ConnectionException reset = assertThrows(ConnectionException.class, () -> {
                try (Connection connection = Connection.open(to(crashing).build())) {
                    connection.readReply();
                }
            });
            assertEquals(Problem.RESET, reset.problem());
        }
    }

    @Test
    void anythingSentAfterTheServerClosedIsNotConnected() throws IOException, ConnectionException {
        try (FakeServer rude = FakeServer.start(client -> client.close());
             Connection connection = Connection.open(to(rude).build())) {
            assertThrows(ConnectionException.class, connection::readReply);
            ConnectionException notConnected = assertThrows(ConnectionException.class, () -> connection.send("NOOP"));
            assertEquals(Problem.NOT_CONNECTED, notConnected.problem());
        }
    }

    @Test
    void otherProtocolIsAMalformedReply() throws IOException, ConnectionException {
        try (FakeServer web = FakeServer.start(client -> FakeServer.write(client, "HTTP/1.1 400 Bad Request\r\n"));
             Connection connection = Connection.open(to(web).build())) {
            ConnectionException malformed = assertThrows(ConnectionException.class, connection::readReply);

            assertEquals(Problem.MALFORMED_REPLY, malformed.problem());
            assertEquals("received \"HTTP/1.1 400 Bad Request\": a reply line starts with a three-digit code from"
                    + " 200 to 599", malformed.technicalDetail());
            assertTrue(malformed.explanation().meaning().contains("three-digit code"));
        }
    }

    @Test
    void aReplyWhoseCodeChangesHalfWaySaysFromWhichToWhich() throws IOException, ConnectionException {
        try (FakeServer odd = FakeServer.start(client -> FakeServer.write(client, "250-mail.example.test\r\n251 Ok\r\n"));
             Connection connection = Connection.open(to(odd).build())) {
            ConnectionException malformed = assertThrows(ConnectionException.class, connection::readReply);

            assertEquals(Problem.MALFORMED_REPLY, malformed.problem());
            assertEquals("received \"251 Ok\": the code changed from 250 to 251 in the middle of a multi-line reply",
                    malformed.technicalDetail());
        }
    }

    @Test
    void implicitTlsToAPlainPortFailsTheHandshake() throws IOException {
        try (SimServer server = SimServer.builder().port(0).start()) {
            ConnectionException failed = assertThrows(ConnectionException.class, () -> Connection.open(
                    ConnectionOptions.builder(server.address().getHostAddress(), server.port())
                            .mode(TlsMode.IMPLICIT).replyTimeout(Duration.ofSeconds(5)).build()));

            assertEquals(Problem.TLS_HANDSHAKE_FAILED, failed.problem());
            assertTrue(failed.explanation().tryThis().contains("STARTTLS"));
            assertTrue(failed.technicalDetail().startsWith("SSL"), failed.technicalDetail());
        }
    }

    @Test
    void simulatorsSelfSignedCertificateIsRefusedByTheDefaultTrustStore() throws IOException, ConnectionException {
        try (SimServer server = SimServer.builder().port(0).start();
             Conversation conversation = Conversation.open(
                     ConnectionOptions.builder(server.address().getHostAddress(), server.port()).build())) {
            conversation.greeting();
            conversation.send("EHLO client.example");
            ConnectionException refused = assertThrows(ConnectionException.class, conversation::startTls);

            assertEquals(Problem.CERT_SELF_SIGNED, refused.problem());
            assertEquals(List.of(CertificateIssue.SELF_SIGNED), refused.certificateIssues());
            assertTrue(refused.explanation().meaning().contains(
                    "In detail: the certificate is self-signed: no certificate authority vouches for it."),
                    refused.explanation().meaning());
            assertEquals(SmtpState.CLOSED, conversation.state().state());
            assertFalse(conversation.isOpen());
        }
    }

    @Test
    void everyFailureIsRecordedInTheTranscript() throws IOException, ConnectionException {
        try (FakeServer silent = FakeServer.start(client -> { /* holds */ });
             Conversation conversation = Conversation.open(to(silent).build())) {
            assertThrows(ConnectionException.class, conversation::greeting);
            Exchange failed = conversation.exchanges().get(0);

            assertEquals(Exchange.Kind.GREETING, failed.kind());
            assertTrue(failed.reply().isEmpty());
            assertEquals(Optional.of(Problem.REPLY_TIMEOUT), failed.failure());
        }
    }
}
