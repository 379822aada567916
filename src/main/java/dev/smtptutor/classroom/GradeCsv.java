package dev.smtptutor.classroom;

import dev.smtptutor.lesson.LessonReplay;
import java.util.List;

/**
 * The report for an LMS gradebook: {@code id,name,ex01,…,total}, one row per roster student, exact
 * points. Moodle and Canvas both match rows on the id column. After the exercises, one numeric column
 * per lesson anyone in the class ran against the server ({@code lesson02}: steps met in the student's
 * best run, 0 when they never ran it), so each imports as a grade item of its own; total stays the
 * exercises' points.
 */
public final class GradeCsv {

    private GradeCsv() {}

    public static String of(GradeReport report) {
        StringBuilder out = new StringBuilder("id,name");
        report.exercises().forEach(e -> out.append(',').append(e.column()));
        List<String> lessons = report.lessonIds();
        lessons.forEach(l -> out.append(',').append(GradeReport.lessonColumn(l)));
        out.append(",total\n");
        for (GradeReport.StudentGrade student : report.students()) {
            out.append(CsvField.quote(student.id())).append(',').append(CsvField.quote(spreadsheetSafe(student.name())));
            student.results().forEach(r -> out.append(',').append(GradeReport.points(r.points())));
            lessons.forEach(l -> out.append(',').append(student.lesson(l).map(LessonReplay.Result::met).orElse(0)));
            out.append(',').append(GradeReport.points(student.total())).append('\n');
        }
        return out.toString();
    }

    /** A name a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe (OWASP CSV injection). */
    private static String spreadsheetSafe(String name) {
        return !name.isEmpty() && "=+-@".indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
    }
}
