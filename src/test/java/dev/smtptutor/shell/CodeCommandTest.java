package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.mail.GeneratedJava;
import dev.smtptutor.sim.SimServer;
import dev.smtptutor.sim.StoredMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /code: the session typed by hand becomes a program that does the same, byte for byte. */
class CodeCommandTest {

    @TempDir
    Path home;

    /** EHLO, STARTTLS, EHLO, /auth plain, the envelope and a message with a dotted line and non-ASCII text. */
    private ShellDriver byHand() {
        return new ShellDriver(home)
                .line("EHLO learner.example.test").line("STARTTLS").line("EHLO learner.example.test")
                .line("/auth plain").line("alice").line("wonderland")
                .line("MAIL FROM:<alice@example.test>").line("RCPT TO:<bob@example.test>").line("DATA")
                .line("From: alice@example.test").line("To: bob@example.test").line("Subject: typed by hand")
                .line("").line("Grüße, Bob!").line(".a dot that is stuffed on the wire").line(".");
    }

    @Test
    void savedJavaProgramCompilesAndDeliversTheSameMessage() throws Exception {
        Path file = home.resolve("ByHand.java");
        ShellDriver.Result result = byHand().line("/code java " + file).run();
        assertTrue(result.shows("Saved to " + file.toAbsolutePath() + "."), result.text());
        assertTrue(result.shows("javac -cp \"$CP\" ByHand.java && java -cp \"$CP:.\" ByHand [HOST [PORT]]"));
        String source = Files.readString(file);
        assertTrue(source.contains("transport.connect(\"alice\", password);"), source);
        assertFalse(source.contains("wonderland"), source);
        StoredMessage typed = result.delivered().get(0);

        try (SimServer server = SimServer.builder().port(0).start()) {
            GeneratedJava.compile(file).runForked(Map.of("SMTP_PASSWORD", "wonderland"),
                    "127.0.0.1", String.valueOf(server.port()));
            StoredMessage sent = server.store().latest().orElseThrow();
            assertArrayEquals(typed.content(), sent.content(), sent.contentAsText());
            assertEquals(typed.envelope().sender(), sent.envelope().sender());
            assertEquals(typed.envelope().recipientPaths(), sent.envelope().recipientPaths());
            assertEquals("learner.example.test", sent.heloName());
            assertTrue(sent.tls());
            assertEquals(Optional.of("alice"), sent.authenticatedUser());
        }
    }

    @Test
    void pythonProgramIsPrinted() {
        ShellDriver.Result result = byHand().line("/code python").run();
        assertTrue(result.shows("with smtplib.SMTP(HOST, PORT, local_hostname=\"learner.example.test\", timeout=30) as smtp:"),
                result.text());
        assertTrue(result.shows("    smtp.starttls(context=context)"));
        assertTrue(result.shows("    smtp.login(\"alice\", password)"));
        assertTrue(result.shows("        \"Subject: typed by hand\\r\\n\""));
        assertTrue(result.shows("Run it with Python 3: python3 smtp_session.py [HOST [PORT]]"));
    }

    @Test
    void withoutAMessageTheProgramOnlyConnectsAndTheUserIsAsked() {
        ShellDriver.Result result = new ShellDriver(home)
                .line("EHLO c").line("STARTTLS").line("EHLO c").line("/auth login").line("bob").line("builder")
                .line("/code java").line("bob").run();
        assertTrue(result.shows("The session logged in with AUTH LOGIN. Which user name should the program use"),
                result.text());
        assertTrue(result.shows("No message was accepted in this session, so the program only connects"));
        assertTrue(result.shows("        props.put(\"mail.smtp.auth.mechanisms\", \"LOGIN\");  // AUTH LOGIN, as you did"));
        assertTrue(result.shows("            transport.connect(\"bob\", password);"));
    }

    @Test
    void aJavaFileMustBeNamedAfterItsClass() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("/code java smtp-session.java")
                .line("/code ruby").run();
        assertTrue(result.shows("smtp-session.java: a Java file must be named after its public class"), result.text());
        assertTrue(result.shows("/code java [FILE] or /code python [FILE]"));
    }
}
