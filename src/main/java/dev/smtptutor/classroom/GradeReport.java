package dev.smtptutor.classroom;

import java.math.BigDecimal;
import java.util.List;

/** Every roster student's results (also those who never connected), from what is on disk. */
public record GradeReport(List<Exercise> exercises, List<StudentGrade> students, String madeAt) {

    /** One student's row, with their sessions for the annotated transcript. */
    public record StudentGrade(String id, String name, List<ExerciseResult> results, BigDecimal total,
                               List<StudentHistory.Session> sessions) {

        public StudentGrade {
            results = List.copyOf(results);
            sessions = List.copyOf(sessions);
        }
    }

    public GradeReport {
        exercises = List.copyOf(exercises);
        students = List.copyOf(students);
    }

    public BigDecimal maximum() {
        return exercises.stream().map(Exercise::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A points value as a gradebook reads it: exact, without trailing zeros ("3", "2.5"). */
    public static String points(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
