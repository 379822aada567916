package dev.smtptutor.shell;

import dev.smtptutor.lesson.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import dev.smtptutor.lesson.LessonRunner;

/**
 * How the shell offers lessons.
 *
 * @param directory a teacher's own lesson set; empty for the curriculum in the jar
 * @param start     a lesson to start (or resume) right away, by number or name
 * @param memory    progress kept in memory only (lessons verify); empty for progress.json in the home
 * @param scenarios where a lesson's scenario name becomes a simulator configuration
 * @param clock     the time of the progress file's records
 * @param from      on a real host, the learner's own address (else asked when a lesson starts there)
 * @param to        on a real host, an address to write to (else asked; the sender's by default)
 * @param user      on a real host, the learner's login name
 * @param askUser   ask for a login name when none was given (false: the learner has none)
 * @param started   told of each lesson run that starts (lessons verify reads its verdicts)
 */
public record LessonOptions(Optional<Path> directory, Optional<String> start, Optional<Progress> memory,
                            SimulatorScenarios scenarios, Clock clock, Optional<String> from, Optional<String> to,
                            Optional<String> user, boolean askUser, Consumer<LessonRunner> started) {

    public LessonOptions(Optional<Path> directory, Optional<String> start, Optional<Progress> memory,
                         SimulatorScenarios scenarios, Clock clock) {
        this(directory, start, memory, scenarios, clock, Optional.empty(), Optional.empty(), Optional.empty(), true,
                NOBODY_TOLD);
    }

    /**
     * Told of no lesson run. A class, not {@code runner -> { }}: this is the main thread's first lambda at the
     * shell's start, and linking it was milliseconds.
     */
    private static final Consumer<LessonRunner> NOBODY_TOLD = new Consumer<>() {
        @Override
        public void accept(LessonRunner runner) {
            // nobody to tell
        }
    };

    /** The built-in curriculum, progress in the home directory, nothing started. */
    public static LessonOptions standard() {
        return new LessonOptions(Optional.empty(), Optional.empty(), Optional.empty(), new BuiltInScenarios(),
                Clock.systemUTC());
    }

    /** The learner's addresses and login on a real host; an empty value is asked when a lesson starts there. */
    public LessonOptions learner(Optional<String> sender, Optional<String> recipient, Optional<String> login,
                                 boolean ask) {
        return new LessonOptions(directory, start, memory, scenarios, clock, sender, recipient, login, ask, started);
    }

    public LessonOptions started(Consumer<LessonRunner> listener) {
        return new LessonOptions(directory, start, memory, scenarios, clock, from, to, user, askUser, listener);
    }

    public LessonOptions directory(Path value) {
        return new LessonOptions(Optional.of(value), start, memory, scenarios, clock, from, to, user, askUser, started);
    }

    public LessonOptions start(String lesson) {
        return new LessonOptions(directory, Optional.of(lesson), memory, scenarios, clock, from, to, user, askUser, started);
    }

    public LessonOptions memory(Progress progress) {
        return new LessonOptions(directory, start, Optional.of(progress), scenarios, clock, from, to, user, askUser, started);
    }

    public LessonOptions scenarios(SimulatorScenarios value) {
        return new LessonOptions(directory, start, memory, value, clock, from, to, user, askUser, started);
    }

    public LessonOptions clock(Clock value) {
        return new LessonOptions(directory, start, memory, scenarios, value, from, to, user, askUser, started);
    }
}
