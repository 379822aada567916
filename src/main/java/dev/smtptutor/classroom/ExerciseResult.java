package dev.smtptutor.classroom;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How far a student got with one exercise: the best attempt's points and, per criterion, met or not
 * with its evidence. No attempt yet: nothing met, no evidence.
 *
 * @param attemptAt when the best attempt's message was accepted; empty without one
 */
public record ExerciseResult(Exercise exercise, BigDecimal points, List<CriterionResult> criteria,
                             Optional<String> attemptAt) {

    /** One criterion of one exercise for one student. */
    public record CriterionResult(String label, BigDecimal points, Verdict verdict) {
        public boolean met() {
            return verdict.met();
        }
    }

    public ExerciseResult {
        criteria = List.copyOf(criteria);
    }

    public long metCount() {
        return criteria.stream().filter(CriterionResult::met).count();
    }

    public boolean complete() {
        return metCount() == criteria.size();
    }

    static ExerciseResult none(Exercise exercise) {
        return new ExerciseResult(exercise, BigDecimal.ZERO, exercise.criteria().stream()
                .map(c -> new CriterionResult(c.label(), c.points(), new Verdict(false, List.of()))).toList(),
                Optional.empty());
    }
}
