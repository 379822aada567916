package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.client.Trust;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.sim.SimServer;
import dev.smtptutor.sim.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of /code java: a session typed by hand, turned into a program, compiled with
 * javax.tools.JavaCompiler and run against the simulator, delivers the same bytes to the same envelope.
 */
class JavaProgramTest {

    private static final List<String> TYPED = List.of("From: Alice <alice@example.test>", "To: bob@example.test",
            "Subject: by hand", "", "Grüße, Bob!", ".a line that starts with a period", "\"quoted\" \\ back\\slash", "");

    private static SimServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = SimServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ConnectionOptions options() {
        return ConnectionOptions.builder("127.0.0.1", server.port()).trust(Trust.context(server.clientContext())).build();
    }

    /** Types a session as a learner would, and returns its recipe and the message the server stored. */
    private static SessionRecipe byHand(boolean tlsAndAuth) throws Exception {
        try (Conversation smtp = Conversation.open(options())) {
            smtp.greeting();
            smtp.send("EHLO learner.example.test");
            if (tlsAndAuth) {
                smtp.startTls();
                smtp.send("EHLO learner.example.test");
                smtp.send("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland"));
            }
            smtp.send("MAIL FROM:<alice@example.test>");
            smtp.send("RCPT TO:<nobody@example.test>"); // refused: not part of what the program does
            smtp.send("RCPT TO:<bob@example.test>");
            smtp.send("DATA");
            smtp.sendMessage(TYPED);
            smtp.send("QUIT");
            return SessionRecipes.from(smtp.exchanges(), options(), true);
        }
    }

    private static void assertSameDelivery(StoredMessage byHand, StoredMessage byProgram) {
        assertArrayEquals(byHand.content(), byProgram.content(), byProgram.contentAsText());
        assertEquals(byHand.envelope().sender(), byProgram.envelope().sender());
        assertEquals(byHand.envelope().recipientPaths(), byProgram.envelope().recipientPaths());
        assertEquals("learner.example.test", byProgram.heloName());
    }

    @Test
    void plainSessionRunsInProcessAndDeliversTheSameBytes() throws Exception {
        SessionRecipe recipe = byHand(false);
        StoredMessage typed = server.store().latest().orElseThrow();
        Path file = Files.writeString(dir.resolve("SmtpSession.java"),
                JavaProgram.source(recipe, "SmtpSession", Optional.empty()));

        GeneratedJava.compile(file).runHere("127.0.0.1", String.valueOf(server.port()));

        StoredMessage sent = server.store().latest().orElseThrow();
        assertFalse(sent.id().equals(typed.id()), "a second delivery");
        assertSameDelivery(typed, sent);
        assertFalse(sent.tls());
    }

    @Test
    void starttlsAndAuthSessionTakesThePasswordFromTheEnvironment() throws Exception {
        SessionRecipe recipe = byHand(true);
        StoredMessage typed = server.store().latest().orElseThrow();
        String source = JavaProgram.source(recipe, "Resend", Optional.of("alice"));
        assertFalse(source.contains("wonderland"), "no password in the program");
        assertTrue(source.contains("System.getenv(\"SMTP_PASSWORD\")"), source);
        Path file = Files.writeString(dir.resolve("Resend.java"), source);

        String output = GeneratedJava.compile(file).runForked(Map.of("SMTP_PASSWORD", "wonderland"),
                "127.0.0.1", String.valueOf(server.port()));

        StoredMessage sent = server.store().latest().orElseThrow();
        assertSameDelivery(typed, sent);
        assertTrue(sent.tls());
        assertEquals(Optional.of("alice"), sent.authenticatedUser());
        assertTrue(output.contains("AUTH PLAIN"), "session.setDebug(true) prints the session:\n" + output);
    }

    @Test
    void recipeKeepsOnlyWhatTheServerAccepted() throws Exception {
        SessionRecipe recipe = byHand(true);
        assertEquals(TlsUse.REQUIRED, recipe.tls());
        assertEquals(Optional.of("PLAIN"), recipe.authMechanism());
        assertEquals(Optional.of("learner.example.test"), recipe.ehloName());
        assertEquals(1, recipe.mails().size());
        MailTransaction mail = recipe.mails().get(0);
        assertEquals("alice@example.test", mail.mailFrom());
        assertEquals(List.of("bob@example.test"), mail.rcptTo());
        assertEquals(String.join("\r\n", TYPED) + "\r\n", mail.text());
    }

    @Test
    void aSessionWithoutMessageOnlyConnects() throws Exception {
        SessionRecipe recipe = new SessionRecipe("mx.example.org", 587, TlsUse.REQUIRED, false, Optional.empty(), false,
                Optional.of("CRAM-MD5"), List.of());
        String source = JavaProgram.source(recipe, "Probe", Optional.of("carol"));
        assertTrue(source.contains("props.put(\"mail.smtp.sasl.mechanisms\", \"CRAM-MD5\");"), source);
        assertFalse(source.contains("mail.smtp.ssl.trust"), "a real server's certificate is checked:\n" + source);
        GeneratedJava.compile(Files.writeString(dir.resolve("Probe.java"), source));
    }

    @Test
    void onlyJavaNamesNameTheClass() {
        assertTrue(JavaProgram.isClassName("SmtpSession"));
        assertFalse(JavaProgram.isClassName("smtp-session"));
        assertFalse(JavaProgram.isClassName("class"));
    }
}
