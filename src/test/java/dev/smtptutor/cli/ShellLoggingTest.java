package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** In the shell, JLine's log records never reach the learner's screen; a set-up the user names still wins. */
class ShellLoggingTest {

    /** A JVM of its own (java.util.logging reads its set-up once): logs a JLine warning with a stack trace. */
    public static final class LogsAWarning {
        public static void main(String[] args) {
            if (args.length > 0 && args[0].equals("shell")) {
                ShellLogging.use();
            }
            org.jline.utils.Log.warn("Failed to load history", new java.io.IOException("Permission denied"));
            System.out.println("done");
        }
    }

    @Test
    void jlinesWarningsArePrintedNowhereInTheShell() throws Exception {
        String[] shell = run(List.of(), "shell");
        assertEquals("done\n", shell[0]);
        assertEquals("", shell[1], "nothing on standard error");
    }

    @Test
    void withoutItTheyWouldReachTheScreenAndAUsersOwnSetUpWins() throws Exception {
        String[] plain = run(List.of(), "plain");
        assertTrue(plain[1].contains("WARNING: Failed to load history"), plain[1]);
        assertTrue(plain[1].contains("java.io.IOException: Permission denied"), plain[1]);

        Path config = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
        String[] named = run(List.of("-Djava.util.logging.config.file=" + config), "shell");
        assertTrue(named[1].contains("WARNING: Failed to load history"), "the user's set-up: " + named[1]);
    }

    private static String[] run(List<String> options, String mode) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                LogsAWarning.class.getName(), mode));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new String[] {new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
    }
}
