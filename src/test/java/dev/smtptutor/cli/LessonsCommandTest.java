package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** lessons, lessons validate, lessons new and lessons verify, as a teacher runs them. */
class LessonsCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run main(String... args) {
        return run(new CommandLine(new Main()), args);
    }

    private static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** lessons verify with the given lines as standard input; the shell's transcript and the report in out. */
    private static Run verify(String answers, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        LessonsCommand.Verify verify = new LessonsCommand.Verify(
                new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)), stdout);
        Run run = run(new CommandLine(verify), args);
        return new Run(run.exit(), stdout.toString(StandardCharsets.UTF_8).replace("\r", ""), run.err());
    }

    @Test
    void theBuiltInLessonsAreValid() {
        Run run = main("lessons", "validate");
        assertEquals(new Run(0, "the built-in lessons: 20 lessons, 130 steps, no problems.\n", ""), run);
    }

    @Test
    void validatePrintsEveryProblemOfEveryFileAndFails() throws Exception {
        Files.writeString(dir.resolve("01-one.yaml"), "format_version: 1\ntitel: One\ngoal: x\nsteps: []\n");
        Files.writeString(dir.resolve("02-two.yaml"), "format_version: 1\ntitle: Two\ngoal: x\nscenario: grey\nsteps:\n  - id: a\n");
        Files.writeString(dir.resolve("notes.txt"), "not a lesson");
        Run run = main("lessons", "validate", dir.toString());
        assertEquals(1, run.exit());
        assertEquals(List.of(
                dir + "/01-one.yaml:2: unknown key 'titel' (did you mean 'title'?)",
                dir + "/01-one.yaml:1: missing key 'title'",
                dir + "/01-one.yaml:4: 'steps' must be a list with at least one item",
                dir + "/02-two.yaml:4: unknown scenario 'grey' (did you mean 'greylist'?)",
                dir + "/02-two.yaml:6: missing key 'title' in step 'a'",
                dir + "/02-two.yaml:6: missing key 'text' in step 'a'",
                dir + "/02-two.yaml:6: missing key 'expect' in step 'a'",
                dir + "/02-two.yaml:6: missing key 'hints' in step 'a'",
                dir + "/02-two.yaml:6: missing key 'explain' in step 'a'",
                dir + "/02-two.yaml:6: missing key 'solution' in step 'a'"), run.err().lines().toList());
        assertEquals(dir + ": 10 problems in 2 files.\n", run.out());
    }

    @Test
    void validateSaysSoWhenThereIsNothingToValidate() throws Exception {
        assertEquals(new Run(1, "No lesson files (NN-slug.yaml) in " + dir + ".\n", ""), main("lessons", "validate", dir.toString()));
        Run missing = main("lessons", "validate", dir.resolve("nowhere").toString());
        assertEquals(new Run(1, "", "smtp-tutor lessons validate: cannot read the lessons: " + dir.resolve("nowhere")
                + " does not exist: check the path, and give the folder that holds the NN-slug.yaml lesson files\n"), missing);
    }

    @Test
    void newScaffoldsAValidLessonNumberedAfterTheLast() throws Exception {
        Path set = dir.resolve("class");
        Run first = main("lessons", "new", "dsn-basics", "--dir", set.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals("Created " + set.resolve("01-dsn-basics.yaml") + ".\nEdit it, check it with ./run.sh lessons validate "
                + set + ", and play it with ./run.sh --lessons " + set + " lesson 01.\n", first.out());
        assertEquals(0, main("lessons", "new", "bounces", "--dir", set.toString()).exit());
        assertTrue(Files.exists(set.resolve("02-bounces.yaml")));
        assertTrue(Files.readString(set.resolve("01-dsn-basics.yaml")).contains("title: Dsn basics\n"));
        assertEquals(new Run(0, set + ": 2 lessons, 6 steps, no problems.\n", ""), main("lessons", "validate", set.toString()));

        assertEquals(new Run(1, "", "smtp-tutor lessons new: " + set.resolve("01-dsn-basics.yaml") + " exists already\n"),
                main("lessons", "new", "dsn-basics", "--dir", set.toString()));
        assertEquals(new Run(1, "", "smtp-tutor lessons new: a lesson name is lower-case letters, digits and dashes,"
                + " e.g. dsn-basics\n"), main("lessons", "new", "DSN basics!", "--dir", set.toString()));
    }

    @Test
    void listShowsEachLessonWithItsStepsAndScenario() {
        Run run = main("lessons");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith(" 1  Hello                              5 steps, scenario default\n"), run.out());
        assertTrue(run.out().contains(" 8  STARTTLS                           7 steps, scenario tls-required\n"), run.out());
    }

    @Test
    void verifyPassesWhenEveryStepIsMet() {
        Run run = verify("HELO client.example.test\nEHLO client.example.test\nHELP\nNOOP\nQUIT\n", "1");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().endsWith("\nlesson 1 (Hello): 5 of 5 steps met\n"), run.out());
    }

    @Test
    void verifyFailsAndNamesTheStepsNotMet() {
        Run run = verify("HELO client.example.test\nEHLO client.example.test\nHELP\n", "1");
        assertEquals(1, run.exit());
        assertTrue(run.out().endsWith("\nlesson 1 (Hello): 3 of 5 steps met\n"
                + "  not met: step 4 'noop' (Check the line with NOOP)\n"
                + "  not met: step 5 'quit' (Say goodbye)\n"), run.out());
    }

    @Test
    void verifyPlaysTheSmugglingLessonWithItsBareLineFeeds() throws Exception {
        dev.smtptutor.lesson.Lesson smuggling = dev.smtptutor.lesson.LessonLibrary.bundled().lessons().stream()
                .filter(l -> l.number() == 14).findFirst().orElseThrow();
        List<String> answers = new java.util.ArrayList<>();
        smuggling.steps().forEach(s -> answers.addAll(s.solution()));
        Run run = verify(String.join("\n", answers) + "\n", "14");
        assertEquals(0, run.exit(), run.out());
        int steps = smuggling.steps().size();
        assertTrue(run.out().endsWith("\nlesson 14 (" + smuggling.title() + "): " + steps + " of " + steps
                + " steps met\n"), run.out());
    }

    /** ./run.sh as a user types it, in its own JVM, with input piped in. */
    private String forked(String input, String... args) throws Exception {
        ProcessBuilder builder = ForkedJvm.main(args);
        builder.environment().put("SMTP_TUTOR_HOME", dir.resolve("home").toString());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void lessonStartsStraightIntoTheLessonAndRemembersIt() throws Exception {
        String output = forked("HELO client.example.test\n", "--quiet", "lesson", "1");
        assertTrue(output.contains("Lesson 1: Hello\n"), output);
        assertTrue(output.contains("smtp> HELO client.example.test\n"), output);
        assertTrue(output.contains("Done, at par: Say HELO"), output);
        assertTrue(Files.readString(dir.resolve("home").resolve("progress.json")).contains("\"helo\": {\n"
                + "          \"status\": \"done\""));
    }

    @Test
    void aTeachersOwnSetIsUsedWithDashDashLessons() throws Exception {
        Path set = Files.createDirectories(dir.resolve("class"));
        main("lessons", "new", "warm-up", "--dir", set.toString());
        String output = forked("/lessons\n", "--lessons", set.toString());
        assertTrue(output.contains("  [ ]  1  Warm up                            3 steps\n"), output);
        String lesson = forked("EHLO c\n", "lesson", "warm-up", "--lessons", set.toString());
        assertTrue(lesson.contains("Done, at par: Greet the server"), lesson);
    }

    @Test
    void verifyOfALessonThatDoesNotExistFails() {
        Run run = verify("", "99");
        assertEquals(1, run.exit());
        assertEquals("smtp-tutor lessons verify: there is no lesson 99 (./run.sh lessons lists the 20 there are)\n", run.err());
    }
}
