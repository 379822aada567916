package dev.smtptutor.classroom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges exercises on what the server saw. The rule, the same in every 250 and in every report:
 * <ul>
 *   <li>a message is credited to every exercise whose criteria it meets in full (one message can
 *       finish exercises 1 and 6 at once: both count);</li>
 *   <li>a message that finishes none is an attempt at the student's current exercise, the
 *       lowest-numbered one not yet complete, and its progress there is what the student is told;</li>
 *   <li>an exercise's result is its best attempt (most points; the earlier wins a tie), so a later,
 *       worse try never costs a student what they already showed.</li>
 * </ul>
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

    /** Every exercise's result after these attempts, taken in time order (see the class comment). */
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

    /**
     * The results after one more message, and what it counted for.
     *
     * @param completed the exercises the message met in full, lowest number first (each credited)
     * @param attempted when it completed none: how it did at the student's current exercise; empty when
     *                  it completed some, or every exercise was already complete, or there are none
     */
    record Counted(List<ExerciseResult> results, List<ExerciseResult> completed, Optional<ExerciseResult> attempted) {
        Counted {
            results = List.copyOf(results);
            completed = List.copyOf(completed);
        }
    }

    Counted withAttempt(List<ExerciseResult> before, Attempt attempt) {
        List<ExerciseResult> after = new ArrayList<>(before);
        List<ExerciseResult> completed = new ArrayList<>();
        for (int i = 0; i < exercises.all().size(); i++) {
            ExerciseResult result = judge(exercises.all().get(i), attempt);
            if (result.complete()) {
                completed.add(result);
                keepBest(after, i, result);
            }
        }
        if (!completed.isEmpty()) {
            return new Counted(after, completed, Optional.empty());
        }
        int current = currentIndex(before);
        if (current < 0) {
            return new Counted(before, List.of(), Optional.empty());
        }
        ExerciseResult result = judge(exercises.all().get(current), attempt);
        keepBest(after, current, result);
        return new Counted(after, List.of(), Optional.of(result));
    }

    /** The lowest-numbered exercise not yet complete, or -1 when all are (or there are none). */
    private int currentIndex(List<ExerciseResult> before) {
        for (int i = 0; i < exercises.all().size(); i++) {
            if (i >= before.size() || !before.get(i).complete()) {
                return i;
            }
        }
        return -1;
    }

    private static void keepBest(List<ExerciseResult> results, int index, ExerciseResult candidate) {
        ExerciseResult old = results.get(index);
        if (old.attemptAt().isEmpty() || candidate.points().compareTo(old.points()) > 0) {
            results.set(index, candidate);
        }
    }
}
