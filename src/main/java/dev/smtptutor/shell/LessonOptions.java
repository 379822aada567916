package dev.smtptutor.shell;

import dev.smtptutor.lesson.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * How the shell offers lessons.
 *
 * @param directory a teacher's own lesson set; empty for the curriculum in the jar
 * @param start     a lesson to start (or resume) right away, by number or name
 * @param memory    progress kept in memory only (lessons verify); empty for progress.json in the home
 * @param scenarios where a lesson's scenario name becomes a simulator configuration
 * @param clock     the time of the progress file's records
 */
public record LessonOptions(Optional<Path> directory, Optional<String> start, Optional<Progress> memory,
                            SimulatorScenarios scenarios, Clock clock) {

    /** The built-in curriculum, progress in the home directory, nothing started. */
    public static LessonOptions standard() {
        return new LessonOptions(Optional.empty(), Optional.empty(), Optional.empty(), new BuiltInScenarios(),
                Clock.systemUTC());
    }

    public LessonOptions directory(Path value) {
        return new LessonOptions(Optional.of(value), start, memory, scenarios, clock);
    }

    public LessonOptions start(String lesson) {
        return new LessonOptions(directory, Optional.of(lesson), memory, scenarios, clock);
    }

    public LessonOptions memory(Progress progress) {
        return new LessonOptions(directory, start, Optional.of(progress), scenarios, clock);
    }

    public LessonOptions scenarios(SimulatorScenarios value) {
        return new LessonOptions(directory, start, memory, value, clock);
    }

    public LessonOptions clock(Clock value) {
        return new LessonOptions(directory, start, memory, scenarios, value);
    }
}
