package dev.smtptutor.lesson;

/** What happened in a lesson, for the shell to show: the runner decides, the text layer words it. */
public sealed interface LessonEvent permits LessonEvent.StepShown, LessonEvent.StepPassedOver, LessonEvent.Adapted,
        LessonEvent.StepDone, LessonEvent.NotYet, LessonEvent.Finished {

    /** A step became current. */
    record StepShown(Lesson lesson, Step step, int number) implements LessonEvent {}

    /** A step needs a scenario or feature this build does not have, so the lesson goes on without it. */
    record StepPassedOver(Lesson lesson, Step step, int number, String requirement) implements LessonEvent {}

    /** The server differs from the simulator in a way the step allows for; a sentence says how (a text key). */
    record Adapted(Lesson lesson, Step step, int number, String key, java.util.Map<String, Object> values)
            implements LessonEvent {}

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
