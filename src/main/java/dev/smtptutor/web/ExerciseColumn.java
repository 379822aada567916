package dev.smtptutor.web;

import java.util.List;

/** One exercise on the board: its number, title, points and criteria (one column each). */
public record ExerciseColumn(String id, String title, String points, List<CriterionColumn> criteria) {

    public ExerciseColumn {
        criteria = List.copyOf(criteria);
    }
}
