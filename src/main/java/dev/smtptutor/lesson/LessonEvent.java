package dev.smtptutor.lesson;

/** What happened in a lesson, for the shell to show: the runner decides, the text layer words it. */
public sealed interface LessonEvent permits LessonEvent.StepShown, LessonEvent.StepDone, LessonEvent.NotYet, LessonEvent.Finished {

    /** A step became current. */
    record StepShown(Lesson lesson, Step step, int number) implements LessonEvent {}

    /**
     * A step is done.
     *
     * @param lines the lines the learner sent during it; par when no more than the solution's
     */
    record StepDone(Lesson lesson, Step step, int number, boolean par, int lines) implements LessonEvent {}

    /** An exchange did not complete the step. */
    record NotYet(Lesson lesson, Step step, int number, Miss miss) implements LessonEvent {}

    /**
     * Every step is behind the learner.
     *
     * @param done    steps done (not skipped)
     * @param par     steps done at par
     */
    record Finished(Lesson lesson, int done, int par) implements LessonEvent {}
}
