package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * --host, --port, --tls and --starttls: one mixin for the shell and the lesson commands, with each
 * command's own help text and its own words for an option that needs --host.
 */
class TargetOptionsTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setResourceBundle(CliTexts.help());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theShellRefusesTlsWithStartTls() {
        assertRefused("choose --tls or --starttls, not both", "--host", "mx.example.test", "--tls", "--starttls");
    }

    @Test
    void theShellRefusesAPortWithoutAHost() {
        assertRefused("--port, --tls and --starttls go with --host (without --host the shell uses the built-in"
                + " simulator)", "--port", "2525");
    }

    @Test
    void aLessonRefusesTlsWithStartTls() {
        assertRefused("choose --tls or --starttls, not both", "lesson", "1", "--host", "mx.example.test", "--starttls",
                "--tls");
    }

    @Test
    void aLessonRefusesItsLearnerOptionsWithoutAHost() {
        assertRefused("--port, --tls, --starttls, --from, --to and --user go with --host", "lesson", "1", "--to",
                "bob@lab.test");
    }

    /** Exit status 2 (a usage mistake), and the error output begins with this sentence. */
    private static void assertRefused(String sentence, String... args) {
        Run run = run(args);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith(sentence), run.err());
    }

    @Test
    void eachCommandKeepsItsOwnHelpForTheSameOptions() {
        String shell = helpOf("--help");
        assertTrue(shell.contains("--host=<host> Connect to this mail server instead of the built-in simulator."), shell);
        String lesson = helpOf("lesson", "--help");
        assertTrue(lesson.contains("--host=<host> Play the lesson on this mail server instead of the built-in"
                + " simulator."), lesson);
        assertTrue(lesson.contains("--starttls Plain first, STARTTLS after EHLO (port 587)."), lesson);
    }

    /** The usage text with its columns and line wrapping folded into single spaces. */
    private static String helpOf(String... args) {
        Run run = run(args);
        assertEquals(0, run.exit(), run.err());
        return run.out().replaceAll("\\s+", " ");
    }
}
