package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smtptutor.lesson.TestScenarios;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.Mistake;
import dev.smtptutor.lesson.Progress;
import dev.smtptutor.lesson.ProgressFile;
import dev.smtptutor.lesson.Step;
import dev.smtptutor.lesson.StepRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson of the curriculum, played in a real shell against the simulator by typing what its own
 * file says: before each step's solution, the step's first known mistake, which must be refused.
 */
class LessonPlayThroughTest {

    private static final SimulatorScenarios SCENARIOS = TestScenarios.quickGreylist();

    @TempDir
    Path home;

    static Stream<Lesson> curriculum() throws IOException {
        return LessonLibrary.bundled().lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curriculum")
    void everyStepRefusesItsMistakeThenTheSolutionFinishesTheLesson(Lesson lesson) throws Exception {
        ShellDriver driver = new ShellDriver(home).detail(DetailLevel.SHORT)
                .lessons(LessonOptions.standard().scenarios(SCENARIOS)).line("/lesson " + lesson.number());
        List<String> expectedInOrder = new ArrayList<>();
        for (Step step : lesson.steps()) {
            Mistake mistake = step.mistakes().get(0);
            driver.line(mistake.line());
            step.solution().forEach(driver::line);
            expectedInOrder.add("smtp> " + mistake.line() + "\n");
            expectedInOrder.add("  " + mistake.why() + "\n");
            expectedInOrder.add("  /hint gives a hint; /solution shows what to type.\n");
            expectedInOrder.add("Done: " + step.title() + " (");
        }
        expectedInOrder.add("Lesson " + lesson.number() + " finished: " + lesson.steps().size() + " of " + lesson.steps().size()
                + " steps done, 0 at par.");
        ShellDriver.Result result = driver.run();

        assertInOrder(result.text(), expectedInOrder);
        Progress progress = Progress.fromJson(Files.readString(home.resolve(ProgressFile.NAME), StandardCharsets.UTF_8));
        for (Step step : lesson.steps()) {
            StepRecord.Status status = progress.step(lesson.id(), step.id()).map(StepRecord::status).orElse(null);
            assertEquals(StepRecord.Status.DONE, status, step.id());
        }
    }

    @Test
    void theSolutionsAloneFinishLessonOneAtParOnEveryStep() {
        ShellDriver driver = new ShellDriver(home).detail(DetailLevel.OFF).line("/lesson 1");
        for (String line : List.of("HELO client.example.test", "EHLO client.example.test", "HELP", "NOOP", "QUIT")) {
            driver.line(line);
        }
        ShellDriver.Result result = driver.run();
        assertTrue(result.shows("Done, at par: Say HELO (no more lines than the reference solution)"), result.text());
        assertTrue(result.shows("Lesson 1 finished: 5 of 5 steps done, 5 at par."), result.text());
    }

    @Test
    void aLessonWhoseScenarioIsMissingSaysItRunsOnTheDefault() {
        ShellDriver.Result result = new ShellDriver(home).detail(DetailLevel.OFF)
                .lessons(LessonOptions.standard().scenarios(TestScenarios.without("greylist"))).line("/lesson 5").run();
        assertTrue(result.shows("This lesson is written for the 'greylist' scenario, which this version of smtp-tutor"
                + " does not have yet: it runs on the default simulator."), result.text());
        assertFalse(result.shows("Step 6 of 8"), "step 6 comes only after step 5");
    }

    private static Lesson lesson(int number) {
        try {
            return LessonLibrary.bundled().lessons().stream().filter(l -> l.number() == number).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Each fragment must appear after the one before it. */
    static void assertInOrder(String text, List<String> fragments) {
        int from = 0;
        for (String fragment : fragments) {
            int at = text.indexOf(fragment, from);
            if (at < 0) {
                fail("missing, after position " + from + ": " + fragment + "\n--- output from there:\n"
                        + text.substring(Math.max(0, from - 200), Math.min(text.length(), from + 3000)));
            }
            from = at + fragment.length();
        }
    }
}
