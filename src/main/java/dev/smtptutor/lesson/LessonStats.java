package dev.smtptutor.lesson;

import java.util.Optional;

/**
 * A lesson's record in numbers, for lists and reports.
 *
 * @param steps    steps in the lesson
 * @param done     steps done
 * @param skipped  steps skipped
 * @param par      steps done at par
 * @param attempts lines sent during the lesson's steps
 * @param hints    hints asked for
 * @param seconds  time spent on its steps
 * @param started  whether any step has a record
 */
public record LessonStats(int steps, int done, int skipped, int par, int attempts, int hints,
                          long seconds, boolean started) {

    public static LessonStats of(Lesson lesson, Progress progress) {
        int done = 0;
        int skipped = 0;
        int par = 0;
        int attempts = 0;
        int hints = 0;
        long seconds = 0;
        for (Step step : lesson.steps()) {
            Optional<StepRecord> record = progress.step(lesson.id(), step.id());
            if (record.isPresent()) {
                StepRecord r = record.get();
                done += r.status() == StepRecord.Status.DONE ? 1 : 0;
                skipped += r.status() == StepRecord.Status.SKIPPED ? 1 : 0;
                par += r.status() == StepRecord.Status.DONE && r.par() ? 1 : 0;
                attempts += r.attempts();
                hints += r.hints();
                seconds += r.seconds();
            }
        }
        return new LessonStats(lesson.steps().size(), done, skipped, par, attempts, hints, seconds,
                !progress.lesson(lesson.id()).isEmpty());
    }

    /** Nothing left to do: every step done or skipped. */
    public boolean complete() {
        return done + skipped == steps;
    }
}
