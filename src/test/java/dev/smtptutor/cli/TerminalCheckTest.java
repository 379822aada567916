package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell knows a terminal from a pipe: in a real pseudo-terminal (util-linux {@code script} makes one)
 * it opens it and JLine's line editor waits for a line; with input piped it reads a script. And the
 * device names that always are a terminal.
 */
class TerminalCheckTest {

    private static final String LINE_EDITOR_UP = "\u001b[?2004h"; // JLine turns bracketed paste on to read a line

    @Test
    void aTerminalIsKnownByItsDevice() {
        for (String terminal : List.of("/dev/pts/0", "/dev/pts/17", "/dev/tty", "/dev/tty1", "/dev/ttyS0",
                "/dev/ttyUSB0", "/dev/console")) {
            assertTrue(TerminalCheck.isTerminalDevice(terminal), terminal);
        }
        for (String other : List.of("pipe:[48213]", "socket:[1234]", "/dev/null", "/dev/zero", "/tmp/in.txt",
                "/dev/ptmx", "anon_inode:[eventfd]", "/dev/pts", "")) {
            assertFalse(TerminalCheck.isTerminalDevice(other), other);
        }
    }

    @Test
    void theBuildsOwnJvmIsNotInATerminal() {
        // Tests run with their output captured: the same answer as the JDK's.
        assertEquals(System.console() != null, TerminalCheck.interactive());
    }

    @Test
    void inAPseudoTerminalTheShellOpensItAndWaitsForALine(@TempDir Path home) throws Exception {
        Assumptions.assumeTrue(utilLinuxScript(), "util-linux script(1) makes the pseudo-terminal");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -cp '" + classPath + "' dev.smtptutor.cli.Main --lang en";
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        builder.environment().put("SMTP_TUTOR_HOME", home.toString());
        builder.environment().put("TERM", "xterm");
        Process shell = builder.start();
        try {
            String upToPrompt = readUntil(shell.getInputStream(), LINE_EDITOR_UP);
            assertTrue(upToPrompt.contains("220 mail.example.test ESMTP"), upToPrompt);
            assertFalse(upToPrompt.contains("reading commands from standard input"), upToPrompt);
            OutputStream keys = shell.getOutputStream();
            keys.write("/quit\r".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            assertTrue(shell.waitFor(60, TimeUnit.SECONDS), "the shell did not end after /quit");
            assertEquals(0, shell.exitValue());
        } finally {
            shell.destroyForcibly();
        }
    }

    @Test
    void withInputPipedTheShellReadsAScript(@TempDir Path home) throws Exception {
        ProcessBuilder builder = ForkedJvm.main("--lang", "en");
        builder.environment().put("SMTP_TUTOR_HOME", home.toString());
        Process shell = builder.start();
        try {
            shell.getOutputStream().write("/quit\n".getBytes(StandardCharsets.US_ASCII));
            shell.getOutputStream().close();
            String output = new String(readAll(shell.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(shell.waitFor(60, TimeUnit.SECONDS));
            assertTrue(output.contains("smtp-tutor (reading commands from standard input)"), output);
            assertFalse(output.contains(LINE_EDITOR_UP), output);
        } finally {
            shell.destroyForcibly();
        }
    }

    private static boolean utilLinuxScript() {
        try {
            Process version = new ProcessBuilder("script", "--version").redirectErrorStream(true).start();
            String text = new String(readAll(version.getInputStream()), StandardCharsets.UTF_8);
            return version.waitFor(30, TimeUnit.SECONDS) && text.contains("util-linux");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The output up to and with the marker; fails after 60 seconds without it. */
    private static String readUntil(InputStream in, String marker) throws Exception {
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    read.write(b);
                    if (b == marker.charAt(marker.length() - 1) && read.toString(StandardCharsets.UTF_8).endsWith(marker)) {
                        return read.toString(StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new AssertionError("the output ended before " + marker.replace("\u001b", "ESC") + ": " + read);
        });
        return seen.get(60, TimeUnit.SECONDS);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
