package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `scenarios`, `scenarios show`, `scenarios validate` and `serve --scenario` with a bad name. */
class ScenariosCommandTest {

    @TempDir
    Path temp;

    private record Run(int exit, String out) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void theListSpeaksTheLearnersLanguage() {
        dev.smtptutor.text.Texts.use(dev.smtptutor.text.Language.DE);
        try {
            Run run = run("scenarios");
            assertEquals(0, run.exit());
            assertTrue(run.out().lines().anyMatch(line -> line.equals("greylist        Das erste RCPT je Client, Absender"
                    + " und Empfänger bekommt 451 4.7.1; ein neuer Versuch 10 s später geht durch")), run.out());
            assertTrue(run.out().startsWith("NAME            ZUSAMMENFASSUNG\n"), run.out());
        } finally {
            dev.smtptutor.text.Texts.use(dev.smtptutor.text.Language.EN);
        }
    }

    @Test
    void listsEveryBuiltInScenarioWithItsSummary() {
        Run run = run("scenarios");
        assertEquals(0, run.exit());
        for (String name : new String[] {"default", "auth-required", "modern-auth", "tls-required", "greylist", "mailbox-full",
                "reject-relay", "size-limit", "vrfy-enabled", "slow", "shutdown", "lenient", "bounce", "busy-mx", "no-starttls",
                "sender-checks", "blocked-client"}) {
            assertTrue(run.out().lines().anyMatch(line -> line.strip().startsWith(name + " ")), name + " in\n" + run.out());
        }
    }

    @Test
    void showPrintsTheScenarioFileToCopy() {
        Run run = run("scenarios", "show", "greylist");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("name: greylist"), run.out());
        assertTrue(run.out().contains("format_version: 1"), run.out());
    }

    @Test
    void validateReportsFileAndLine() throws Exception {
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, "format_version: 1\nname: broken\nsummary: x\nrules:\n  - when: {command: RCPT}\n"
                + "    then: {reply: \"650 6.1.1 no\"}\n");
        Run run = run("scenarios", "validate", broken.toString());
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.out().contains(broken + ":6:"), run.out());
        assertTrue(!run.out().contains("\tat "), run.out());
    }

    @Test
    void serveWithAnUnknownScenarioSaysWhichExist() {
        Run run = run("serve", "--port", "0", "--scenario", "greylst");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.out().contains("greylist"), run.out());
    }
}
