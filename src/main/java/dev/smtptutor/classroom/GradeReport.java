package dev.smtptutor.classroom;

import dev.smtptutor.lesson.LessonReplay;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Every roster student's results (also those who never connected), from what is on disk. */
public record GradeReport(List<Exercise> exercises, List<StudentGrade> students, String madeAt) {

    /**
     * One student's row, with their sessions for the annotated transcript.
     *
     * @param lessons the best run of each lesson they played against the server, by lesson id
     */
    public record StudentGrade(String id, String name, List<ExerciseResult> results, BigDecimal total,
                               List<StudentHistory.Session> sessions, List<LessonReplay.Result> lessons) {

        public StudentGrade {
            results = List.copyOf(results);
            sessions = List.copyOf(sessions);
            lessons = List.copyOf(lessons);
        }

        /** Steps met in that lesson's best run; empty when they never ran it. */
        public java.util.Optional<LessonReplay.Result> lesson(String lessonId) {
            return lessons.stream().filter(l -> l.lessonId().equals(lessonId)).findFirst();
        }
    }

    public GradeReport {
        exercises = List.copyOf(exercises);
        students = List.copyOf(students);
    }

    /** The lessons anyone in the class ran, in lesson order: the report's lesson columns. */
    public List<String> lessonIds() {
        TreeSet<String> ids = new TreeSet<>();
        students.forEach(s -> s.lessons().stream().map(LessonReplay.Result::lessonId).filter(Objects::nonNull)
                .forEach(ids::add));
        return List.copyOf(ids);
    }

    /** A lesson's column: {@code lesson02} for {@code 02-first-message}. */
    public static String lessonColumn(String lessonId) {
        int dash = lessonId.indexOf('-');
        return "lesson" + (dash > 0 ? lessonId.substring(0, dash) : lessonId);
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
