package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.protocol.SmtpState;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against GreenMail, a real third-party SMTP server, on free ports. */
class GreenMailConversationTest {

    private GreenMail greenMail;

    @BeforeEach
    void start() {
        greenMail = dev.smtptutor.testing.GreenMailServers.smtpAndSmtps();
        greenMail.setUser("carol@localhost", "carol", "secret");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private ConnectionOptions.Builder smtp() {
        return ConnectionOptions.builder(greenMail.getSmtp().getBindTo(), greenMail.getSmtp().getPort());
    }

    private ConnectionOptions.Builder smtps() {
        return ConnectionOptions.builder(greenMail.getSmtps().getBindTo(), greenMail.getSmtps().getPort())
                .mode(TlsMode.IMPLICIT);
    }

    @Test
    void plainSessionDeliversAMessage() throws ConnectionException, MessagingException {
        try (Conversation conversation = Conversation.open(smtp().build())) {
            assertEquals(220, conversation.greeting().code());
            assertEquals(250, conversation.send("EHLO client.example").code());
            assertEquals(250, conversation.send("MAIL FROM:<alice@example.test>").code());
            assertEquals(250, conversation.send("RCPT TO:<carol@localhost>").code());
            assertEquals(354, conversation.send("DATA").code());
            assertEquals(250, conversation.sendMessage(List.of("Subject: via GreenMail", "", "hello")).code());
            assertEquals(221, conversation.send("QUIT").code());
            assertEquals(SmtpState.CLOSED, conversation.state().state());
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("via GreenMail", received[0].getSubject());
    }

    @Test
    void authPlainWithGreenMailUserSucceeds() throws ConnectionException {
        try (Conversation conversation = Conversation.open(smtp().build())) {
            conversation.greeting();
            conversation.send("EHLO client.example");
            Exchange auth = conversation.send("AUTH PLAIN " + SaslCodec.plain("carol", "secret"));

            assertEquals(235, auth.code());
            assertEquals(List.of("AUTH PLAIN " + Exchange.MASK), auth.sent());
            assertTrue(conversation.state().authenticated());
        }
    }

    @Test
    void authPlainWithWrongPasswordFailsAndStaysUnauthenticated() throws ConnectionException {
        try (Conversation conversation = Conversation.open(smtp().build())) {
            conversation.greeting();
            conversation.send("EHLO client.example");
            Exchange auth = conversation.send("AUTH PLAIN " + SaslCodec.plain("carol", "wrong"));

            assertEquals(535, auth.code());
            assertFalse(conversation.state().authenticated());
        }
    }

    @Test
    void implicitTlsWithDefaultTrustRefusesGreenMailsSelfSignedCertificate() {
        ConnectionException refused = assertThrows(ConnectionException.class, () -> Connection.open(smtps().build()));

        assertEquals(Problem.CERT_SELF_SIGNED, refused.problem());
        assertEquals(List.of(CertificateIssue.SELF_SIGNED, CertificateIssue.HOSTNAME_MISMATCH),
                refused.certificateIssues());
        assertTrue(refused.explanation().happened().contains("self-signed"), refused.explanation().happened());
    }

    @Test
    void implicitTlsInsecureConnectsAndRecordsWhyItWouldHaveFailed() throws ConnectionException {
        try (Conversation conversation = Conversation.open(smtps().trust(Trust.insecure()).build())) {
            Exchange greeting = conversation.greeting();
            TlsDetails tls = conversation.tls().orElseThrow();

            assertEquals(220, greeting.code());
            assertTrue(greeting.tls());
            assertEquals(Optional.of("GreenMail selfsigned Test Certificate"), tls.subjectCommonName());
            assertEquals(List.of(CertificateIssue.SELF_SIGNED, CertificateIssue.HOSTNAME_MISMATCH), tls.issues());
            assertFalse(tls.trusted());
            assertFalse(tls.hostnameMatches());
            assertEquals(List.of("the certificate is self-signed: no certificate authority vouches for it",
                    "the certificate is not for the name " + greenMail.getSmtps().getBindTo()),
                    tls.issueDescriptions());
            assertEquals(221, conversation.send("QUIT").code());
        }
    }
}
