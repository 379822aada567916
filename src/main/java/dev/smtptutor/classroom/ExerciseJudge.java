package dev.smtptutor.classroom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges exercises on what the server saw. An exercise's result is its best attempt (most points;
 * the earlier wins a tie), so a later, worse try never costs a student what they already showed.
 */
public final class ExerciseJudge {

    private final Exercises exercises;

    public ExerciseJudge(Exercises exercises) {
        this.exercises = exercises;
    }

    public Exercises exercises() {
        return exercises;
    }

    static ExerciseResult judge(Exercise exercise, Attempt attempt) {
        List<ExerciseResult.CriterionResult> results = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        for (Exercise.Criterion criterion : exercise.criteria()) {
            Verdict verdict = criterion.check().judge(attempt);
            results.add(new ExerciseResult.CriterionResult(criterion.label(), criterion.points(), verdict));
            if (verdict.met()) {
                points = points.add(criterion.points());
            }
        }
        return new ExerciseResult(exercise, points, results, Optional.of(attempt.accepted().at()));
    }

    /**
     * Every exercise's result after these attempts, in time order: each attempt counts for one exercise
     * (see {@link #countedFor}), and an exercise keeps the best attempt that counted for it. The server
     * says the same in each 250, so the report never surprises a student.
     */
    public List<ExerciseResult> results(List<Attempt> attempts) {
        List<ExerciseResult> results = new ArrayList<>();
        for (Exercise exercise : exercises.all()) {
            results.add(ExerciseResult.none(exercise));
        }
        for (Attempt attempt : attempts) {
            results = withAttempt(results, attempt).results();
        }
        return results;
    }

    /** The results and the exercise this attempt counted for (empty when there are no exercises). */
    record Counted(List<ExerciseResult> results, Optional<ExerciseResult> counted) {}

    Counted withAttempt(List<ExerciseResult> before, Attempt attempt) {
        Optional<ExerciseResult> counted = countedFor(attempt, before);
        if (counted.isEmpty()) {
            return new Counted(before, counted);
        }
        List<ExerciseResult> after = new ArrayList<>(before);
        int index = exercises.all().indexOf(counted.get().exercise());
        ExerciseResult old = after.get(index);
        if (old.attemptAt().isEmpty() || counted.get().points().compareTo(old.points()) > 0) {
            after.set(index, counted.get());
        }
        return new Counted(List.copyOf(after), counted);
    }

    /**
     * Which exercise a new message counts for, and how it did: the unfinished exercise it comes closest
     * to (the largest share of its criteria met; see below for ties), or, when all are done, the best of all.
     */
    Optional<ExerciseResult> countedFor(Attempt attempt, List<ExerciseResult> before) {
        ExerciseResult chosen = null;
        double chosenShare = -1;
        for (int i = 0; i < exercises.all().size(); i++) {
            Exercise exercise = exercises.all().get(i);
            boolean done = i < before.size() && before.get(i).complete();
            ExerciseResult result = judge(exercise, attempt);
            double share = (double) result.metCount() / Math.max(1, exercise.criteria().size()) + (done ? -2 : 0);
            // Partly met: the lowest number (the task at hand). Fully met by several: the highest, the most
            // advanced thing the message shows (a BDAT message after STARTTLS and AUTH also meets exercise 1).
            if (share > chosenShare || (share == 1.0 && chosenShare == 1.0)) {
                chosen = result;
                chosenShare = share;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
