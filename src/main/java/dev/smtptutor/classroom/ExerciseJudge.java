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

    /** Every exercise's best result over the attempts, in exercise order. */
    public List<ExerciseResult> results(List<Attempt> attempts) {
        List<ExerciseResult> out = new ArrayList<>();
        for (Exercise exercise : exercises.all()) {
            ExerciseResult best = ExerciseResult.none(exercise);
            for (Attempt attempt : attempts) {
                ExerciseResult result = judge(exercise, attempt);
                if (best.attemptAt().isEmpty() || result.points().compareTo(best.points()) > 0) {
                    best = result;
                }
            }
            out.add(best);
        }
        return out;
    }

    /**
     * Which exercise a new message counts for, and how it did: the unfinished exercise it comes closest
     * to (the most criteria met; the lowest number wins a tie), or, when all are done, the best of all.
     */
    Optional<ExerciseResult> countedFor(Attempt attempt, List<ExerciseResult> before) {
        ExerciseResult chosen = null;
        double chosenShare = -1;
        for (int i = 0; i < exercises.all().size(); i++) {
            Exercise exercise = exercises.all().get(i);
            boolean done = i < before.size() && before.get(i).complete();
            ExerciseResult result = judge(exercise, attempt);
            double share = (double) result.metCount() / Math.max(1, exercise.criteria().size()) + (done ? -2 : 0);
            if (share > chosenShare) {
                chosen = result;
                chosenShare = share;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
