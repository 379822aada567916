package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.sim.Replies;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the project's own simulator, over real sockets and real TLS. */
class SimServerConversationTest {

    private static final String ALICE_PLAIN = SaslCodec.plain("alice", "wonderland");

    private SimServer server;
    private Conversation conversation;

    @BeforeEach
    void connect() throws IOException, ConnectionException {
        server = SimServer.builder().port(0).start();
        conversation = Conversation.open(ConnectionOptions.builder(server.address().getHostAddress(), server.port())
                .mode(TlsMode.STARTTLS).trust(Trust.context(server.tls().clientContext())).build());
    }

    @AfterEach
    void disconnect() {
        conversation.close();
        server.close();
    }

    private void greetAndStartTls() throws ConnectionException {
        conversation.greeting();
        conversation.send("EHLO client.example");
        conversation.startTls();
        conversation.send("EHLO client.example");
    }

    private void upToData() throws ConnectionException {
        greetAndStartTls();
        conversation.send("AUTH PLAIN " + ALICE_PLAIN);
        conversation.send("MAIL FROM:<alice@example.test>");
        conversation.send("RCPT TO:<bob@example.test>");
        conversation.send("DATA");
    }

    @Test
    void greetingIsTheSimulatorsBanner() throws ConnectionException {
        Exchange greeting = conversation.greeting();
        assertEquals(Exchange.Kind.GREETING, greeting.kind());
        assertEquals(Optional.of(Replies.banner("mail.example.test")), greeting.reply());
        assertEquals(List.of(), greeting.sent());
    }

    @Test
    void ehloRepliesWithCapabilitiesAndGreets() throws ConnectionException {
        conversation.greeting();
        Exchange ehlo = conversation.send("EHLO client.example");
        assertEquals(250, ehlo.code());
        assertEquals(SmtpState.GREETED, ehlo.after());
        assertTrue(conversation.state().capabilities().orElseThrow().supports("STARTTLS"));
        assertTrue(conversation.state().allowedNext().contains(Verb.STARTTLS));
    }

    @Test
    void startTlsUpgradesAndReportsTheSimulatorsCertificate() throws ConnectionException {
        conversation.greeting();
        conversation.send("EHLO client.example");
        Exchange startTls = conversation.startTls();

        assertEquals(Optional.of(Replies.READY_TO_START_TLS), startTls.reply());
        TlsDetails tls = conversation.tls().orElseThrow();
        assertTrue(Set.of("TLSv1.3", "TLSv1.2").contains(tls.protocol()), tls.protocol());
        assertTrue(tls.cipherSuite().startsWith("TLS_"), tls.cipherSuite());
        assertEquals("O=smtp-tutor simulator,CN=mail.example.test", tls.subject()); // RFC 2253: most specific last
        assertEquals(Optional.of("mail.example.test"), tls.subjectCommonName());
        assertEquals(tls.subject(), tls.issuer());
        assertTrue(tls.subjectAlternativeNames().containsAll(List.of("DNS:mail.example.test", "IP:127.0.0.1")));
        assertTrue(tls.notBefore().isBefore(tls.notAfter()));
        assertTrue(tls.verified());
    }

    @Test
    void afterTlsTheSessionStartsOverAndNeedsEhloAgain() throws ConnectionException {
        conversation.greeting();
        conversation.send("EHLO client.example");
        conversation.startTls();
        assertEquals(SmtpState.CONNECTED, conversation.state().state());
        assertTrue(conversation.state().tls());
        assertTrue(conversation.state().capabilities().isEmpty());
    }

    @Test
    void ehloOverTlsOffersAuthButNoLongerStartTls() throws ConnectionException {
        greetAndStartTls();
        var capabilities = conversation.state().capabilities().orElseThrow();
        assertEquals(List.of("PLAIN", "LOGIN", "CRAM-MD5"), capabilities.authMechanisms());
        assertFalse(capabilities.supports("STARTTLS"));
    }

    @Test
    void tlsFlagMarksOnlyExchangesThatTravelledEncrypted() throws ConnectionException {
        greetAndStartTls();
        List<Boolean> flags = conversation.exchanges().stream().map(Exchange::tls).toList();
        assertEquals(List.of(false, false, false, true), flags);
    }

    @Test
    void authPlainAuthenticatesAndIsMaskedInTheTranscript() throws ConnectionException {
        greetAndStartTls();
        Exchange auth = conversation.send("AUTH PLAIN " + ALICE_PLAIN);
        assertEquals(Optional.of(Replies.AUTH_SUCCEEDED), auth.reply());
        assertEquals(List.of("AUTH PLAIN " + Exchange.MASK), auth.sent());
        assertTrue(conversation.state().authenticated());
    }

    @Test
    void authLoginAnswersAreMaskedWhole() throws ConnectionException {
        greetAndStartTls();
        conversation.send("AUTH LOGIN");
        Exchange user = conversation.send(SaslCodec.base64("alice"));
        Exchange password = conversation.send(SaslCodec.base64("wonderland"));

        assertEquals(334, user.code());
        assertEquals(List.of(Exchange.MASK), user.sent());
        assertEquals(Exchange.Kind.AUTH_RESPONSE, password.kind());
        assertEquals(List.of(Exchange.MASK), password.sent());
        assertEquals(235, password.code());
    }

    @Test
    void noCredentialAppearsAnywhereInTheTranscript() throws ConnectionException {
        greetAndStartTls();
        conversation.send("AUTH LOGIN");
        conversation.send(SaslCodec.base64("alice"));
        conversation.send(SaslCodec.base64("wonderland"));
        String transcript = conversation.exchanges().toString();
        assertFalse(transcript.contains(SaslCodec.base64("alice")));
        assertFalse(transcript.contains(SaslCodec.base64("wonderland")));
    }

    @Test
    void messageWithLeadingDotsIsStoredByteExact() throws ConnectionException {
        upToData();
        Exchange message = conversation.sendMessage(List.of("Subject: dots", "", ".hidden", "..two", "end"));

        assertEquals(250, message.code());
        assertEquals(List.of("Subject: dots", "", "..hidden", "...two", "end", "."), message.sent());
        byte[] expected = "Subject: dots\r\n\r\n.hidden\r\n..two\r\nend\r\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(expected, server.store().latest().orElseThrow().content());
    }

    @Test
    void stateFollowsTheWholeSession() throws ConnectionException {
        upToData();
        conversation.sendMessage(List.of("Subject: states"));
        conversation.send("QUIT");

        List<String> steps = conversation.exchanges().stream().map(e -> e.before() + ">" + e.after()).toList();
        assertEquals(List.of(
                "CONNECTED>CONNECTED",   // greeting
                "CONNECTED>GREETED",     // EHLO
                "GREETED>GREETED",       // STARTTLS 220 (the handshake follows the exchange)
                "CONNECTED>GREETED",     // EHLO over TLS
                "GREETED>GREETED",       // AUTH PLAIN
                "GREETED>MAIL",
                "MAIL>RCPT",
                "RCPT>DATA",
                "DATA>GREETED",          // the message and its final dot
                "GREETED>CLOSED"), steps);
    }

    @Test
    void quitGets221AndClosesTheSession() throws ConnectionException {
        conversation.greeting();
        Exchange quit = conversation.send("QUIT");
        assertEquals(Optional.of(Replies.BYE), quit.reply());
        assertEquals(SmtpState.CLOSED, conversation.state().state());
        assertEquals(Set.of(), conversation.state().allowedNext());
    }

    @Test
    void messageTypedLineByLineGetsOneReplyAtTheDot() throws ConnectionException {
        upToData();
        Exchange subject = conversation.send("Subject: typed");
        Exchange dot = conversation.send(".");

        assertEquals(Exchange.Kind.MESSAGE_TEXT, subject.kind());
        assertTrue(subject.reply().isEmpty());
        assertEquals(250, dot.code());
        assertEquals("Subject: typed\r\n", server.store().latest().orElseThrow().contentAsText());
    }

    @Test
    void listenersHearEachExchangeAndTheHandshakeAsTheyHappen() throws ConnectionException {
        List<String> heard = new ArrayList<>();
        conversation.addListener(new ConversationListener() {
            @Override
            public void exchanged(Exchange exchange) {
                heard.add(exchange.kind() + " " + exchange.code());
            }

            @Override
            public void tlsStarted(TlsDetails details) {
                heard.add("TLS " + details.subjectCommonName().orElse("?"));
            }
        });
        greetAndStartTls();
        assertEquals(List.of("GREETING 220", "COMMAND 250", "COMMAND 220", "TLS mail.example.test", "COMMAND 250"),
                heard);
    }

    @Test
    void sendMessageOutsideDataIsRefusedWithAClearMessage() throws ConnectionException {
        conversation.greeting();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> conversation.sendMessage(List.of("hello")));
        assertEquals("message text goes after a 354 reply to DATA; the session is connected", refused.getMessage());
    }

    @Test
    void lineWithNewlineIsRefusedBeforeAnythingIsSent() throws ConnectionException {
        conversation.greeting();
        assertThrows(IllegalArgumentException.class, () -> conversation.send("NOOP\r\nQUIT"));
        assertEquals(1, conversation.exchanges().size());
    }

    @Test
    void pollUnsolicitedIsEmptyWhileTheServerIsSilent() throws ConnectionException {
        conversation.greeting();
        assertEquals(Optional.empty(), conversation.pollUnsolicited(Duration.ofMillis(50)));
    }

    @Test
    void idleTimeout421IsRecordedAsUnsolicitedAndCloses() throws IOException, ConnectionException {
        try (SimServer impatient = SimServer.builder().port(0)
                .config(SimConfig.defaults().withIdleTimeout(Duration.ofMillis(200))).start();
             Conversation idle = Conversation.open(ConnectionOptions.builder(
                     impatient.address().getHostAddress(), impatient.port()).build())) {
            idle.greeting();
            Exchange timeout = idle.pollUnsolicited(Duration.ofSeconds(10)).orElseThrow();

            assertEquals(Exchange.Kind.UNSOLICITED, timeout.kind());
            assertEquals(Optional.of(Replies.timeout("mail.example.test")), timeout.reply());
            assertEquals(SmtpState.CLOSED, timeout.after());
        }
    }

    @Test
    void noopGets250Ok() throws ConnectionException {
        conversation.greeting();
        Reply noop = conversation.send("NOOP").reply().orElseThrow();
        assertEquals(Replies.OK, noop);
    }
}
