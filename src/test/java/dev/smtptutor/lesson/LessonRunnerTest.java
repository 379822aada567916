package dev.smtptutor.lesson;

import dev.smtptutor.shell.SimulatorScenarios;
import dev.smtptutor.shell.StoreDeliveries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimSession;
import dev.smtptutor.sim.VrfyPolicy;
import dev.smtptutor.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runner without a shell: exchanges in, events and progress out. */
class LessonRunnerTest {

    private static final String LESSON = """
            format_version: 1
            title: Runner
            goal: Test the runner.
            scenario: greylist
            steps:
              - id: ehlo
                title: Greet
                text: Type EHLO.
                expect: {command: EHLO *, reply: 250}
                hints: [First hint., Second hint.]
                explain: Greeted.
                solution: EHLO client.example.test
                mistakes: [{line: EHLO, why: It needs a name.}]
              - id: send
                title: Send
                text: Send a message to Bob.
                expect:
                  delivered: {from: alice@example.test, to: bob@example.test}
                hints: [MAIL FROM first.]
                explain: Sent.
                solution: [MAIL FROM:<alice@example.test>, RCPT TO:<bob@example.test>, DATA, "Subject: x", "", hi, "."]
              - id: quit
                title: Leave
                text: Type QUIT.
                expect: {command: QUIT, reply: 221}
                hints: [QUIT.]
                explain: Bye.
                solution: QUIT
            """;

    private final MailStore store = new MailStore();
    private final SimSession simulator = new SimSession(SimConfig.defaults().withVrfyPolicy(VrfyPolicy.CANNOT_VERIFY), store);
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final Progress progress = Progress.empty();
    private final Lesson lesson = ((LessonParser.Loaded) LessonParser.parse("x/01-runner.yaml", "01-runner.yaml", LESSON))
            .lesson();
    private final LessonRunner runner = new LessonRunner(lesson, progress, TestScenarios.without("greylist"), new StoreDeliveries(store), clock);

    /** What the shell's conversation would record for a line the simulator answered. */
    private Exchange send(String line) {
        List<Reply> replies = simulator.replies(line);
        Optional<Reply> reply = replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(replies.size() - 1));
        return new Exchange(Exchange.Kind.COMMAND, List.of(line), reply, SmtpState.GREETED, SmtpState.GREETED, false,
                Instant.EPOCH, Optional.empty());
    }

    /** A whole message after 354, as the shell sends it at the final dot. */
    private Exchange message(String... lines) {
        for (String line : lines) {
            simulator.replies(line);
        }
        Optional<Reply> reply = simulator.replies(".").stream().findFirst();
        return new Exchange(Exchange.Kind.MESSAGE, List.of(lines), reply, SmtpState.DATA, SmtpState.GREETED, false,
                Instant.EPOCH, Optional.empty());
    }

    @Test
    void theFirstStepIsShownAndItsRecordStarts() {
        List<LessonEvent> events = runner.begin();
        LessonEvent.StepShown shown = assertInstanceOf(LessonEvent.StepShown.class, events.get(0));
        assertEquals("ehlo", shown.step().id());
        assertEquals(Optional.of(StepRecord.NEW), progress.step(lesson.id(), "ehlo"));
    }

    @Test
    void aKnownMistakeIsAMissThatNamesItAndTheStepStays() {
        runner.begin();
        List<LessonEvent> events = runner.observe(send("EHLO"));
        LessonEvent.NotYet notYet = assertInstanceOf(LessonEvent.NotYet.class, events.get(0));
        Miss.OtherLine miss = assertInstanceOf(Miss.OtherLine.class, notYet.miss());
        assertEquals("It needs a name.", miss.known().orElseThrow().why());
        assertEquals("ehlo", runner.current().orElseThrow().id());
        assertEquals(1, progress.step(lesson.id(), "ehlo").orElseThrow().attempts());
    }

    @Test
    void doneWithinTheSolutionsLinesIsPar() {
        runner.begin();
        List<LessonEvent> events = runner.observe(send("ehlo CLIENT"));
        LessonEvent.StepDone done = assertInstanceOf(LessonEvent.StepDone.class, events.get(0));
        assertTrue(done.par());
        assertTrue(progress.step(lesson.id(), "ehlo").orElseThrow().par());
    }

    @Test
    void aDeliveryIsCheckedOnWhatTheServerStoredAndTheLinesOnTheWayAreNoMisses() {
        runner.begin();
        runner.observe(send("EHLO c"));
        assertEquals(List.of(), runner.observe(send("MAIL FROM:<alice@example.test>")));
        assertEquals(List.of(), runner.observe(send("RCPT TO:<bob@example.test>")));
        assertEquals(List.of(), runner.observe(send("DATA")));
        List<LessonEvent> events = runner.observe(message("Subject: hi", "", "Hello"));
        LessonEvent.StepDone done = assertInstanceOf(LessonEvent.StepDone.class, events.get(0));
        assertEquals("send", done.step().id());
        assertEquals(4, done.lines());
        assertTrue(done.par(), "the solution needs 4 lines too: MAIL, RCPT, DATA and the message");
    }

    @Test
    void aMessageToTheWrongPeopleSaysWhatWasDifferent() {
        runner.begin();
        runner.observe(send("EHLO c"));
        runner.observe(send("MAIL FROM:<bob@example.test>"));
        runner.observe(send("RCPT TO:<alice@example.test>"));
        runner.observe(send("DATA"));
        LessonEvent.NotYet notYet = assertInstanceOf(LessonEvent.NotYet.class, runner.observe(message("x")).get(0));
        Miss.DeliveredOther other = assertInstanceOf(Miss.DeliveredOther.class, notYet.miss());
        assertEquals(List.of(new DeliveryCheck.Difference("differs.from", "<bob@example.test>"),
                new DeliveryCheck.Difference("differs.to", "<alice@example.test>")), other.differences());
    }

    @Test
    void hintsComeOneAtATimeAndTheLastOneRepeats() {
        runner.begin();
        assertEquals(new LessonRunner.Hint(1, 2, "First hint.", false), runner.hint().orElseThrow());
        assertEquals(new LessonRunner.Hint(2, 2, "Second hint.", false), runner.hint().orElseThrow());
        assertEquals(new LessonRunner.Hint(2, 2, "Second hint.", true), runner.hint().orElseThrow());
        assertEquals(2, progress.step(lesson.id(), "ehlo").orElseThrow().hints());
    }

    @Test
    void theSolutionIsOnlyShownAndRemembered() {
        runner.begin();
        assertEquals(List.of("EHLO client.example.test"), runner.solution());
        assertTrue(progress.step(lesson.id(), "ehlo").orElseThrow().solutionSeen());
        assertEquals(0, store.size());
        assertEquals("ehlo", runner.current().orElseThrow().id());
    }

    @Test
    void skipLeavesTheStepUndoneAndGoesOn() {
        runner.begin();
        runner.skip();
        assertEquals(StepRecord.Status.SKIPPED, progress.step(lesson.id(), "ehlo").orElseThrow().status());
        assertEquals("send", runner.current().orElseThrow().id());
    }

    @Test
    void timeOnAStepIsCountedUntilItIsDone() {
        runner.begin();
        clock.advance(Duration.ofSeconds(42));
        runner.observe(send("EHLO c"));
        assertEquals(42, progress.step(lesson.id(), "ehlo").orElseThrow().seconds());
    }

    @Test
    void aLaterRunResumesAtTheFirstStepNotDone() {
        runner.begin();
        runner.observe(send("EHLO c"));
        LessonRunner later = new LessonRunner(lesson, progress, TestScenarios.without("greylist"), new StoreDeliveries(store), clock);
        later.begin();
        assertEquals("send", later.current().orElseThrow().id());
    }

    @Test
    void aFinishedLessonStartsAgainWithACleanRecord() {
        runner.begin();
        runner.observe(send("EHLO c"));
        runner.skip();
        List<LessonEvent> last = runner.observe(send("QUIT"));
        LessonEvent.Finished finished = assertInstanceOf(LessonEvent.Finished.class, last.get(last.size() - 1));
        assertEquals(new LessonEvent.Finished(lesson, 2, 2), finished);
        LessonRunner again = new LessonRunner(lesson, progress, TestScenarios.without("greylist"), new StoreDeliveries(store), clock);
        assertTrue(again.complete());
        again.begin();
        assertEquals("ehlo", again.current().orElseThrow().id());
        assertEquals(Set.of("ehlo"), progress.lesson(lesson.id()).keySet());
    }
}
