package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail (Eclipse Angus), a real SMTP client, sending through the simulator over its socket. */
class JakartaMailTest {

    private static SimServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = SimServer.builder().port(0).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void emptyStore() {
        server.store().clear();
    }

    private static Properties properties(boolean starttls, String mechanisms) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(server.port()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        if (starttls) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.ssl.socketFactory", server.tls().clientContext().getSocketFactory());
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (mechanisms != null) {
            props.put("mail.smtp.auth", "true");
            props.put("mail.smtp.auth.mechanisms", mechanisms);
        }
        return props;
    }

    private static MimeMessage message(Session session, String to) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@example.test"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject("Grüße from Jakarta Mail", "UTF-8");
        // CRLF already, as on the wire: Angus turns bare LF into CRLF when it sends (RFC 5321 §2.3.8).
        message.setText("Hello Bob,\r\n.a line that starts with a dot\r\n..and two\r\n", "UTF-8");
        message.saveChanges();
        return message;
    }

    /** Sends without a second saveChanges(), so the bytes we compare are the bytes sent. */
    private static byte[] send(Properties props, String user, String password, String to) throws Exception {
        Session session = Session.getInstance(props);
        MimeMessage message = message(session, to);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(user, password);
            transport.sendMessage(message, message.getAllRecipients());
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        message.writeTo(expected);
        return expected.toByteArray();
    }

    @Test
    void plainSmtpDeliversTheExactMessage() throws Exception {
        byte[] sent = send(properties(false, null), null, null, "bob@example.test");
        StoredMessage stored = server.store().latest().orElseThrow();
        assertArrayEquals(sent, stored.content());
        assertEquals("alice@example.test", stored.envelope().sender().address());
        assertEquals("bob@example.test", stored.envelope().recipientPaths().get(0).address());
        assertTrue(!stored.tls());
    }

    @Test
    void starttlsWithAuthPlain() throws Exception {
        byte[] sent = send(properties(true, "PLAIN"), "alice", "wonderland", "bob@example.test");
        StoredMessage stored = server.store().latest().orElseThrow();
        assertArrayEquals(sent, stored.content());
        assertTrue(stored.tls());
        assertEquals("alice", stored.authenticatedUser().orElseThrow());
    }

    @Test
    void starttlsWithAuthLogin() throws Exception {
        send(properties(true, "LOGIN"), "bob@example.test", "builder", "alice@example.test");
        assertEquals("bob", server.store().latest().orElseThrow().authenticatedUser().orElseThrow());
    }

    @Test
    void starttlsWithCramMd5ThroughJavaSasl() throws Exception {
        // Angus has no CRAM-MD5 of its own; with SASL enabled it uses the JDK's javax.security.sasl client.
        Properties props = properties(true, null);
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.sasl.enable", "true");
        props.put("mail.smtp.sasl.mechanisms", "CRAM-MD5");
        send(props, "alice", "wonderland", "bob@example.test");
        assertEquals("alice", server.store().latest().orElseThrow().authenticatedUser().orElseThrow());
    }

    @Test
    void wrongPasswordFailsAuthentication() {
        Properties props = properties(true, "PLAIN");
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> send(props, "alice", "wrong", "bob@example.test"));
        assertTrue(e.getMessage().contains("535 5.7.8"), e.getMessage());
        assertEquals(0, server.store().size());
    }

    @Test
    void unknownRecipientIsRefusedWith550() {
        Exception e = assertThrows(MessagingException.class,
                () -> send(properties(false, null), null, null, "nobody@example.test"));
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        assertTrue(String.valueOf(cause.getMessage()).contains("550 5.1.1"), cause.getMessage());
    }
}
