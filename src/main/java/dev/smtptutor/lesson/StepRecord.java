package dev.smtptutor.lesson;

/**
 * What the progress file remembers of one step.
 *
 * @param status       how far the learner got
 * @param attempts     lines sent to the server while the step was current
 * @param hints        hints asked for
 * @param solutionSeen whether /solution was shown
 * @param par          done with no more lines than the reference solution
 * @param seconds      time spent on the step
 */
public record StepRecord(Status status, int attempts, int hints, boolean solutionSeen, boolean par, long seconds) {

    public enum Status {
        /** Shown, not done yet. */
        STARTED,
        /** Done: what the step asked for happened. */
        DONE,
        /** Passed by with /skip. */
        SKIPPED;

        /** How much a record counts when two are merged: done beats skipped beats started. */
        int rank() {
            return switch (this) {
                case STARTED -> 0;
                case SKIPPED -> 1;
                case DONE -> 2;
            };
        }
    }

    public static final StepRecord NEW = new StepRecord(Status.STARTED, 0, 0, false, false, 0);

    public boolean finished() {
        return status != Status.STARTED;
    }

    StepRecord attempt() {
        return new StepRecord(status, attempts + 1, hints, solutionSeen, par, seconds);
    }

    StepRecord hint() {
        return new StepRecord(status, attempts, hints + 1, solutionSeen, par, seconds);
    }

    StepRecord sawSolution() {
        return new StepRecord(status, attempts, hints, true, par, seconds);
    }

    StepRecord plusSeconds(long more) {
        return new StepRecord(status, attempts, hints, solutionSeen, par, seconds + more);
    }

    StepRecord done(boolean withinPar) {
        return new StepRecord(Status.DONE, attempts, hints, solutionSeen, withinPar, seconds);
    }

    StepRecord skipped() {
        return new StepRecord(Status.SKIPPED, attempts, hints, solutionSeen, false, seconds);
    }
}
