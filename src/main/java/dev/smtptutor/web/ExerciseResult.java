package dev.smtptutor.web;

import java.util.List;

/** One exercise as graded for one student. */
public record ExerciseResult(String id, String title, String task, String points, String maxPoints,
                             List<CriterionResult> criteria) {

    public ExerciseResult {
        criteria = List.copyOf(criteria);
    }
}
