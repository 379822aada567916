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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail (Eclipse Angus), a real SMTP client, sending through the simulator over its socket. */
class JakartaMailTest {

    private static final String TOKEN = "ya29.test-token";
    private static final List<String> received = new CopyOnWriteArrayList<>();
    private static SimServer server;

    @BeforeAll
    static void startServer() throws IOException {
        SessionObserver recorder = new SessionObserver() {
            @Override
            public void received(long session, String line, boolean secret) {
                received.add(line);
            }
        };
        server = SimServer.builder().port(0).observer(recorder)
                .config(SimConfig.defaults().toBuilder().xoauth2Token(Optional.of(TOKEN)).build()).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void emptyStore() {
        server.store().clear();
        received.clear();
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
        Properties props = properties(true, "LOGIN");
        props.put("mail.smtp.from", "bob@example.test"); // logged in as bob, so bob sends (553 5.7.1 otherwise)
        send(props, "bob@example.test", "builder", "alice@example.test");
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

    private static Properties chunked() {
        Properties props = properties(false, null);
        props.put("mail.smtp.chunksize", "64"); // Angus uses CHUNKING when the server offers it
        return props;
    }

    @Test
    void angusSendsWithBdatWhenAChunkSizeIsSet() throws Exception {
        Session session = Session.getInstance(chunked());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@example.test"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.test");
        message.setSubject("In chunks");
        message.setText("Several BDAT chunks of at most 64 octets each carry this text.\r\nNo line starts with a dot.\r\n");
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        message.writeTo(sent);
        assertArrayEquals(sent.toByteArray(), server.store().latest().orElseThrow().content());
        List<String> bdat = received.stream().filter(line -> line.startsWith("BDAT")).toList();
        assertTrue(bdat.size() > 2 && bdat.get(bdat.size() - 1).endsWith(" LAST"), bdat.toString());
        assertTrue(received.stream().noneMatch(line -> line.equals("DATA")), received.toString());
    }

    @Test
    void angusDotStuffsBdatChunksAndTheSimulatorKeepsWhatArrived() throws Exception {
        // RFC 3030 §2: BDAT data is not dot-stuffed. Angus 2.0.5 stuffs it anyway (its BDATOutputStream is
        // an SMTPOutputStream), so a line that starts with a dot arrives with one more.
        byte[] sent = send(chunked(), null, null, "bob@example.test");
        String stuffed = new String(sent, StandardCharsets.UTF_8).replace("\r\n.", "\r\n..");
        assertEquals(stuffed, server.store().latest().orElseThrow().contentAsText());
    }

    @Test
    void xoauth2WithTheConfiguredToken() throws Exception {
        // Angus sends the token in place of a password: "user=...^Aauth=Bearer token^A^A".
        send(properties(true, "XOAUTH2"), "alice@example.test", TOKEN, "bob@example.test");
        assertEquals("alice", server.store().latest().orElseThrow().authenticatedUser().orElseThrow());
    }

    @Test
    void xoauth2WithABadTokenFails() {
        Properties props = properties(true, "XOAUTH2");
        assertThrows(AuthenticationFailedException.class, () -> send(props, "alice@example.test", "expired", "bob@example.test"));
        assertEquals(0, server.store().size());
    }

    @Test
    void utf8HeadersTravelRawWithSmtputf8And8bitmime() throws Exception {
        Properties props = properties(false, null);
        props.put("mail.mime.allowutf8", "true"); // RFC 6532: UTF-8 in header fields, not encoded words
        props.put("mail.smtp.allow8bitmime", "true");
        props.put("mail.smtp.mailextension", "BODY=8BITMIME"); // Angus never adds it by itself
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("jösé@example.test"));
        message.setRecipients(Message.RecipientType.TO, "bob@example.test");
        message.setHeader("Subject", "Grüße, 你好"); // raw: setSubject would make it an encoded word
        message.setText("Schöne Grüße\r\n", "UTF-8");
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
        StoredMessage stored = server.store().latest().orElseThrow();
        assertEquals("jösé@example.test", stored.envelope().sender().address());
        assertTrue(stored.envelope().mailParameters().containsKey("SMTPUTF8"), stored.envelope().toString());
        assertEquals("8BITMIME", stored.envelope().mailParameters().get("BODY"));
        String text = new String(stored.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nSubject: Grüße, 你好\r\n"), text);
        assertTrue(text.contains("\r\n\r\nSchöne Grüße\r\n"), text);
    }
}
