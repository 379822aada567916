package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.client.Trust;
import dev.smtptutor.sim.SimServer;
import dev.smtptutor.sim.StoredMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jakarta Mail sends for real, over sockets, and its trace comes back as exchanges. */
class TracedSenderTest {

    private static SimServer server;

    @BeforeAll
    static void start() throws IOException {
        server = SimServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ComposedMessage message(String to) {
        Draft draft = new Draft(MailAddress.of("alice@example.test"), List.of(MailAddress.of(to)), List.of(),
                "Grüße", "Hello\n.dot\n", Optional.empty());
        return ((Checked.Ok<ComposedMessage>) new MessageComposer().compose(draft)).value();
    }

    private static ConnectionOptions simulator() {
        return ConnectionOptions.builder("127.0.0.1", server.port()).trust(Trust.context(server.clientContext())).build();
    }

    private static List<String> sentLines(SendOutcome outcome) {
        return outcome.trace().stream().flatMap(e -> e.sent().stream()).toList();
    }

    @Test
    void starttlsAndAuthOnTheSimulatorDeliverTheExactBytes() {
        ComposedMessage message = message("bob@example.test");
        SendOutcome outcome = TracedSender.send(new SendRequest(simulator(), TlsUse.REQUIRED,
                Optional.of(new Credentials("alice", "wonderland")), Optional.of("client.example.test"), message));

        assertTrue(outcome.delivered(), outcome.failure().toString());
        StoredMessage stored = server.store().latest().orElseThrow();
        assertArrayEquals(message.content(), stored.content());
        assertEquals(Optional.of("alice"), stored.authenticatedUser());
        List<String> sent = sentLines(outcome);
        assertEquals(List.of("EHLO client.example.test", "STARTTLS", "EHLO client.example.test", "AUTH LOGIN",
                Exchange.MASK, Exchange.MASK, "MAIL FROM:<alice@example.test>", "RCPT TO:<bob@example.test>", "DATA"),
                sent.subList(0, 9));
        assertTrue(sent.contains("..dot"), "the trace shows the dot-stuffed line: " + sent);
        assertEquals("QUIT", sent.get(sent.size() - 1));
        assertFalse(outcome.trace().toString().contains("YWxpY2U="));
    }

    @Test
    void aRefusedRecipientIsTheFailureAndTheTraceShowsIt() {
        SendOutcome outcome = TracedSender.send(new SendRequest(simulator(), TlsUse.WHEN_OFFERED, Optional.empty(),
                Optional.empty(), message("nobody@example.test")));
        assertFalse(outcome.delivered());
        assertTrue(outcome.failure().orElseThrow().contains("550 5.1.1"), outcome.failure().orElseThrow());
        Exchange rcpt = outcome.trace().stream().filter(e -> e.sent().equals(List.of("RCPT TO:<nobody@example.test>")))
                .findFirst().orElseThrow();
        assertEquals(550, rcpt.code());
    }

    @Test
    void noServerListeningIsAFailureInWords() throws IOException {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        SendOutcome outcome = TracedSender.send(new SendRequest(ConnectionOptions.builder("127.0.0.1", port).build(),
                TlsUse.NONE, Optional.empty(), Optional.empty(), message("bob@example.test")));
        assertTrue(outcome.failure().orElseThrow().startsWith("Couldn't connect to host"), outcome.failure().toString());
        assertEquals(List.of(), outcome.trace());
    }

    @Test
    void greenMailWithAuthPlainInPlaintext() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        try {
            greenMail.setUser("carol@localhost", "carol", "secret");
            ConnectionOptions options = ConnectionOptions.builder("127.0.0.1", greenMail.getSmtp().getPort()).build();
            SendOutcome outcome = TracedSender.send(new SendRequest(options, TlsUse.NONE,
                    Optional.of(new Credentials("carol", "secret")), Optional.empty(), message("carol@localhost")));
            assertTrue(outcome.delivered(), outcome.failure().toString());
            assertEquals(1, greenMail.getReceivedMessages().length);
            List<String> sent = sentLines(outcome);
            assertTrue(sent.get(1).startsWith("AUTH "), sent.toString());
            assertFalse(outcome.trace().toString().contains("c2VjcmV0"), "base64 of the password");
        } finally {
            greenMail.stop();
        }
    }
}
