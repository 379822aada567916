package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.smtptutor.sim.SimServer;
import dev.smtptutor.sim.StoredMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /code python: the same session with smtplib, run by a real Python 3 against the simulator. */
class PythonProgramTest {

    private static final String TEXT = "Subject: via smtplib\r\n\r\nGrüße\r\n.dot\r\n";

    @TempDir
    Path dir;

    private static boolean python3() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void starttlsAndLoginDeliverTheSameBytes() throws Exception {
        assumeTrue(python3(), "python3 is not installed here");
        SessionRecipe recipe = new SessionRecipe("127.0.0.1", 25, TlsUse.REQUIRED, true, Optional.of("py.example.test"),
                false, Optional.of("PLAIN"), List.of(new MailTransaction("alice@example.test", List.of("bob@example.test"),
                TEXT)));
        String source = PythonProgram.source(recipe, "resend.py", Optional.of("alice"));
        assertFalse(source.contains("wonderland"));
        Path file = Files.writeString(dir.resolve("resend.py"), source);
        try (SimServer server = SimServer.builder().port(0).start()) {
            ProcessBuilder builder = new ProcessBuilder("python3", file.toString(), "127.0.0.1",
                    String.valueOf(server.port())).redirectErrorStream(true);
            builder.environment().put("SMTP_PASSWORD", "wonderland");
            Process python = builder.start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(python.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, python.exitValue(), output + "\n" + source);
            StoredMessage stored = server.store().latest().orElseThrow();
            assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), stored.content());
            assertEquals("py.example.test", stored.heloName());
            assertTrue(stored.tls());
            assertEquals(Optional.of("alice"), stored.authenticatedUser());
        }
    }

    @Test
    void plainSessionHasNoTlsAndNoLogin() {
        SessionRecipe recipe = new SessionRecipe("mx.example.org", 25, TlsUse.NONE, false, Optional.empty(), true,
                Optional.empty(), List.of());
        String source = PythonProgram.source(recipe, "smtp_session.py", Optional.empty());
        assertTrue(source.contains("with smtplib.SMTP(HOST, PORT, local_hostname=None, timeout=30) as smtp:"), source);
        assertTrue(source.contains("    smtp.helo()"), source);
        assertFalse(source.contains("starttls"), source);
        assertFalse(source.contains("login"), source);
        assertFalse(source.contains("CERT_NONE"), source);
    }
}
