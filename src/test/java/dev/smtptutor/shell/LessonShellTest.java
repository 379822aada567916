package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.lesson.Progress;
import dev.smtptutor.lesson.ProgressFile;
import dev.smtptutor.lesson.StepRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson commands in a real shell: what a learner types and sees, and what is remembered. */
class LessonShellTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T22:40:25Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private ShellDriver shell() {
        return new ShellDriver(home).detail(DetailLevel.OFF).lessons(LessonOptions.standard().clock(CLOCK));
    }

    private Progress savedProgress() throws Exception {
        return Progress.fromJson(Files.readString(home.resolve(ProgressFile.NAME), StandardCharsets.UTF_8));
    }

    @Test
    void aNewLearnerIsOfferedLessonOneAfterTheBannerAndOnlyUntilALessonStarts() {
        ShellDriver.Result first = shell().line("NOOP").run();
        assertTrue(first.shows("Start with: EHLO client.example.test\nNew here? /lesson 1 starts the first guided"
                + " lesson; /lessons lists them all.\nsmtp> NOOP"), first.text());
        assertFalse(Files.exists(home.resolve(ProgressFile.NAME)), "only looking around makes no progress file");

        shell().line("/lesson 1").run();
        ShellDriver.Result later = shell().line("NOOP").run();
        assertFalse(later.shows("New here?"), later.text());
    }

    @Test
    void theCurrentStepStandsAboveThePrompt() {
        ShellDriver.Result result = shell().line("/lesson 1").line("HELO client.example.test").line("NOOP").run();
        assertTrue(result.shows("Type:  HELO client.example.test\n[lesson 1, step 1/5] Say HELO   (/hint, /solution,"
                + " /skip)\nsmtp> HELO client.example.test\n"), result.text());
        assertTrue(result.shows("[lesson 1, step 2/5] Say EHLO and read the list   (/hint, /solution, /skip)\nsmtp> "),
                result.text());
    }

    @Test
    void aWrongCommandGetsTheExpectationAndWhyTheServerAnsweredSo() {
        ShellDriver.Result result = shell().line("/lesson 2").line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<nobody@example.test>").run();
        assertTrue(result.shows("""
                smtp> RCPT TO:<nobody@example.test>
                <-  550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table
                Not yet: this step waits for RCPT TO:<bob@example.test>, with reply 250 2.1.5.
                  Why 550 5.1.1: The server refuses this recipient: usually the mailbox does not exist there, or the\
                 server will not pass mail on to that domain for you. Recipients accepted before stay accepted.
                  /hint gives a hint; /solution shows what to type.
                """), result.text());
    }

    @Test
    void theRightCommandWithAnotherReplySaysWhichReplyTheStepWants() {
        ShellDriver.Result result = shell().line("/lesson 9").line("EHLO c").line("VRFY alice").line("VRFY nobody")
                .line("EXPN team").line("RCPT TO:<nobody@example.test>").run();
        assertTrue(result.shows("That is the line this step waits for, but the server answered 503 5.5.1 where the"
                + " step expects 550.\n  RCPT TO needs a transaction; start it with MAIL FROM first.\n"), result.text());
    }

    @Test
    void hintsGetMoreSpecificAndTheSolutionIsShownButNeverSent() {
        ShellDriver.Result result = shell().line("/lesson 1").line("/hint").line("/hint").line("/hint").line("/solution")
                .line("/transcript").run();
        assertTrue(result.shows("""
                smtp> /hint
                Hint 1 of 2: HELO is followed by a space and a host name. Any name will do on the simulator.
                smtp> /hint
                Hint 2 of 2: Type exactly: HELO client.example.test
                smtp> /hint
                Hint 2 of 2, the last one: Type exactly: HELO client.example.test
                /solution shows what to type.
                smtp> /solution
                The reference solution (type it yourself; the tutor never sends it):
                  HELO client.example.test
                smtp> /transcript
                <-  220 mail.example.test ESMTP smtp-tutor simulator
                 -> QUIT
                """), result.text());
    }

    @Test
    void skipGoesOnAndTheListShowsWhereTheLearnerIs() throws Exception {
        ShellDriver.Result result = shell().line("/lesson 1").line("/skip").line("EHLO c").line("/lessons").run();
        assertTrue(result.shows("Skipped: Say HELO. /lesson comes back to it later.\n\nStep 2 of 5\n"), result.text());
        assertTrue(result.shows("""
                  [~]  1  Hello                              1/5 steps done, 1 at par
                  [ ]  2  Your first message                 6 steps
                """), result.text());
        assertTrue(result.shows("  [ ]  5  Reading errors                     8 steps\n"), result.text());
        assertEquals(StepRecord.Status.SKIPPED, savedProgress().step("01-hello", "helo").orElseThrow().status());
    }

    @Test
    void progressSurvivesARestartOfTheShell() throws Exception {
        shell().line("/lesson 2").line("EHLO c").line("MAIL FROM:<alice@example.test>").run();
        ShellDriver.Result again = shell().line("/lesson 2").line("/progress").run();
        assertTrue(again.shows("Resuming where you left off: step 3 of 6."), again.text());
        assertTrue(again.shows("[lesson 2, step 3/6] Name the recipient with RCPT TO"), again.text());
        assertTrue(again.shows("Your progress (" + home.resolve(ProgressFile.NAME) + "):\n"
                + "   2  Your first message                 2/6 done, 2 at par, 0 skipped, 0 hint(s), 2 line(s) sent, 0s\n"
                + "In all: 2 of 130 steps done, 2 at par, 0s."), again.text());
    }

    @Test
    void aCorruptProgressFileIsMovedAsideWithAWarningAndTheShellGoesOn() throws Exception {
        Files.writeString(home.resolve(ProgressFile.NAME), "{ \"format_version\": 1, \"lessons\": [");
        ShellDriver.Result result = shell().line("/lesson 1").line("HELO c").run();
        Path aside = home.resolve("progress.json.corrupt-20261122-224025");
        assertTrue(result.shows("Your progress file " + home.resolve(ProgressFile.NAME) + " could not be read (line 1:"
                + " the data ends too early). It is kept as " + aside + ", and your progress starts afresh."), result.text());
        assertEquals("{ \"format_version\": 1, \"lessons\": [", Files.readString(aside));
        assertTrue(result.shows("Done, at par: Say HELO"), result.text());
        assertEquals(StepRecord.Status.DONE, savedProgress().step("01-hello", "helo").orElseThrow().status());
    }

    @Test
    void restartAsksFirstAndOnYesStartsOverOnANewConnection() throws Exception {
        ShellDriver.Result result = shell().line("/lesson 1").line("HELO c").line("/restart").line("n")
                .line("/restart").line("y").run();
        assertTrue(result.shows("Start lesson 1 (Hello) again from step 1? Its progress will be forgotten. [y/N] n\n"
                + "Carrying on where you are."), result.text());
        assertTrue(result.shows("Lesson 1 (Hello) from the start, on a new connection.\n -> QUIT\n<-  221 2.0.0 Bye\nConnecting to the built-in"
                + " simulator"), result.text());
        assertTrue(result.text().endsWith("[lesson 1, step 1/5] Say HELO   (/hint, /solution, /skip)\n -> QUIT\n"
                + "<-  221 2.0.0 Bye\n"), result.text());
        assertEquals(StepRecord.NEW, savedProgress().step("01-hello", "helo").orElseThrow());
    }

    @Test
    void nextGoesOnToTheFollowingLessonAndSaysWhereTheLastOneStays() {
        ShellDriver.Result result = shell().line("/lesson 1").line("HELO c").line("/next").run();
        assertTrue(result.shows("Lesson 1 stays at step 2: /lesson 1 resumes it.\n -> QUIT\n<-  221 2.0.0 Bye\n"
                + "Connecting to the built-in simulator"), result.text());
        assertTrue(result.shows("<-  220 mail.example.test ESMTP smtp-tutor simulator\nLesson 2: Your first message"),
                result.text());
    }

    @Test
    void askingForTheRunningLessonShowsTheStepAgainAndKeepsTheConnection() {
        ShellDriver.Result result = shell().line("/lesson 2").line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("/lesson").line("RCPT TO:<bob@example.test>").run();
        assertTrue(result.shows("smtp> /lesson\n\nStep 3 of 6\n  RCPT TO names one recipient"), result.text());
        assertTrue(result.shows("Done, at par: Name the recipient with RCPT TO"), result.text());
        assertEquals(1, result.text().split("Connecting to", -1).length - 1, result.text());
    }

    @Test
    void progressTravelsByExportAndImportAndResetAsksFirst() throws Exception {
        Path exported = elsewhere.resolve("my-progress.json");
        ShellDriver.Result first = shell().line("/lesson 1").line("HELO c").line("/progress export " + exported).run();
        assertTrue(first.shows("Progress written to " + exported + ". On another machine: /progress import FILE."),
                first.text());

        ShellDriver.Result reset = shell().line("/progress reset").line("n").line("/progress reset").line("yes")
                .line("/progress").run();
        assertTrue(reset.shows("This cannot be undone (/progress export FILE keeps a copy first). [y/N] n\n"
                + "Your progress is kept."), reset.text());
        assertTrue(reset.shows("Progress forgotten. /lesson 1 starts afresh.\nsmtp> /progress\nNo progress yet."),
                reset.text());
        assertFalse(Files.exists(home.resolve(ProgressFile.NAME)));

        ShellDriver.Result imported = shell().line("/progress import " + exported).run();
        assertTrue(imported.shows("Imported " + exported + ": 2 step record(s) taken"), imported.text());
        assertEquals(StepRecord.Status.DONE, savedProgress().step("01-hello", "helo").orElseThrow().status());
    }

    @Test
    void importingSomethingElseIsRefusedWithTheReason() throws Exception {
        Path notProgress = Files.writeString(elsewhere.resolve("notes.json"), "{\"hello\": 1}");
        ShellDriver.Result result = shell().line("/progress import " + notProgress).run();
        assertTrue(result.shows(notProgress + " is not a progress file: format_version is missing"), result.text());
    }

    @Test
    void aTeachersSetWithABrokenLessonKeepsTheOthersUsable() throws Exception {
        Path set = Files.createDirectories(elsewhere.resolve("class"));
        Files.writeString(set.resolve("01-broken.yaml"), "format_version: 1\ntitle: Broken\ngoal: x\nstepz: []\n");
        Files.copy(Path.of("lessons", "01-hello.yaml"), set.resolve("02-hello.yaml"));
        ShellDriver.Result result = new ShellDriver(home).detail(DetailLevel.OFF)
                .lessons(LessonOptions.standard().directory(set)).line("/lessons").line("/lesson 1").line("/lesson 2")
                .line("HELO c").run();
        assertTrue(result.shows("  [!]  1  broken: 2 problem(s), the first: " + set.resolve("01-broken.yaml")
                + ":4: unknown key 'stepz' (did you mean 'steps'?)\n  [ ]  2  Hello"), result.text());
        assertTrue(result.shows(set.resolve("01-broken.yaml") + " has problems, so this lesson cannot run until they"
                + " are fixed:\n  " + set.resolve("01-broken.yaml") + ":4: unknown key 'stepz' (did you mean 'steps'?)\n  "
                + set.resolve("01-broken.yaml") + ":1: missing key 'steps'\n"), result.text());
        assertTrue(result.shows("Lesson 2: Hello"), result.text());
        assertTrue(result.shows("Done, at par: Say HELO"), result.text());
    }

    @Test
    void aLessonAskedForAtStartBeginsWithoutTyping() {
        ShellDriver.Result result = new ShellDriver(home).detail(DetailLevel.OFF)
                .lessons(LessonOptions.standard().start("3")).line("EHLO c").run();
        assertTrue(result.shows("Lesson 3: Envelope and headers"), result.text());
        assertTrue(result.shows("Done, at par: Greet the server"), result.text());
        assertFalse(result.shows("New here?"));
    }

    @Test
    void aLessonWhoseScenarioExistsRunsOnIt() {
        ShellDriver.Result result = shell().line("/lesson 8").line("EHLO c").line("MAIL FROM:<alice@example.test>").run();
        assertTrue(result.shows("<-  530 5.7.0 Must issue a STARTTLS command first"), result.text());
        assertTrue(result.shows("Done, at par: Try to send in plain text"), result.text());
    }

    @Test
    void pipelinedLinesAreJudgedOneByOneInTheOrderTheRepliesCame() {
        ShellDriver.Result result = new ShellDriver(home).virtualTerminal().detail(DetailLevel.OFF)
                .lessons(LessonOptions.standard().clock(CLOCK)).line("/lesson 10").line("EHLO c")
                .line("MAIL FROM:<alice@example.test> SIZE=50000000").line("MAIL FROM:<alice@example.test> SIZE=300 BODY=8BITMIME")
                .paste("RCPT TO:<bob@example.test>\nRCPT TO:<alice@example.test>\nDATA\n").enter()
                .line("Subject: Greetings").line("").line("Grüße aus Köln!").line(".").run();
        assertTrue(result.shows("Sending 3 commands at once"), result.text());
        assertTrue(result.shows("Done, at par: Several commands at once"), result.text());
        assertFalse(result.shows("Not yet"), result.text());
    }

    @Test
    void cramExplainsWhenThereIsNoChallengeToAnswer() {
        ShellDriver.Result result = shell().line("/cram alice").run();
        assertTrue(result.shows("The server is not waiting for a CRAM-MD5 answer. Send AUTH CRAM-MD5 first; /cram"
                + " answers the 334 challenge that comes back."), result.text());
    }

    @Test
    void lessonCommandsWithoutALessonSayHowToStartOne() {
        ShellDriver.Result result = shell().line("/hint").line("/solution").line("/skip").line("/lesson 42").run();
        assertEquals(3, result.text().split("No lesson is running. /lessons lists them; /lesson 1 starts the first.",
                -1).length - 1, result.text());
        assertTrue(result.shows("There is no lesson 42. /lessons lists them."));
    }

    @Test
    void theLessonCommandsAreInHelp() {
        ShellDriver.Result result = shell().line("/help").run();
        for (String usage : List.of("/lessons", "/lesson [N]", "/hint", "/solution", "/skip", "/restart", "/next",
                "/progress [export FILE | import FILE | reset]", "/cram [USER]")) {
            assertTrue(result.shows("  " + usage + " "), usage + " missing in\n" + result.text());
        }
    }
}
