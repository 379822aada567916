package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.sim.SimConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply the learner did not ask for (the server's 421 when it times out) arrives while a line is
 * being typed: it is printed above that line, and the line is kept.
 */
class ShellAsyncReplyTest {

    @TempDir
    Path home;

    @Test
    void idleTimeout421IsPrintedAboveTheLineBeingTyped() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard);
        SynchronizedOutput screen = new SynchronizedOutput();
        Terminal terminal = new ExternalTerminal(null, "test", "xterm", input, screen, StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL, false);
        terminal.setSize(new org.jline.terminal.Size(160, 50));
        ShellOptions options = new ShellOptions(Optional.empty(), DetailLevel.SHORT, home, false,
                SimConfig.defaults().withIdleTimeout(Duration.ofMillis(400)), Map.of("NO_COLOR", "1"));
        TutorShell shell = new TutorShell(terminal, options);
        Thread running = new Thread(shell::run, "shell-under-test");
        running.start();
        try {
            screen.await("smtp> ");
            keyboard.write("NOO".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            String reply = "421 4.4.2 mail.example.test Error: timeout exceeded";
            int at = screen.await(reply).indexOf(reply);
            // The half-typed line is drawn again after the reply (it may come in the same burst).
            String after = screen.await("smtp> NOO", at);
            assertTrue(after.contains("smtp> NOO"), after);
            // Its explanation follows: on a cold JVM the first negative reply reads the causes table first,
            // so the learner's next line must wait for it, or the shell may quit before it is printed.
            screen.await("421 4.4.2: ", at);
            keyboard.write("/quit\r".getBytes(StandardCharsets.US_ASCII));
            keyboard.write(new byte[] {'\u0015'}); // nothing else follows
            keyboard.flush();
        } finally {
            keyboard.close();
            running.join(10_000);
            shell.close();
            terminal.close();
        }
        String text = screen.text();
        assertTrue(text.contains("<-  421 4.4.2 mail.example.test Error: timeout exceeded"), text);
        assertTrue(text.contains("421 4.4.2: "), "explained: " + text);
    }

    /** The terminal's output, readable while the shell writes it; await() blocks until a text appears. */
    private static final class SynchronizedOutput extends ByteArrayOutputStream {
        @Override
        public synchronized void write(int b) {
            super.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            notifyAll();
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
        }

        String await(String fragment) throws InterruptedException {
            return await(fragment, 0);
        }

        /** Waits (at most 10 s, then fails) until the fragment appears after position {@code from}. */
        synchronized String await(String fragment, int from) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (text().indexOf(fragment, from) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("never saw \"" + fragment + "\" in:\n" + text());
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return text().substring(from);
        }
    }
}
