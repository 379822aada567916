package dev.smtptutor.classroom;

/**
 * The report for an LMS gradebook: {@code id,name,ex01,…,total}, one row per roster student, exact
 * points. Moodle and Canvas both match rows on the id column.
 */
public final class GradeCsv {

    private GradeCsv() {}

    public static String of(GradeReport report) {
        StringBuilder out = new StringBuilder("id,name");
        report.exercises().forEach(e -> out.append(',').append(e.column()));
        out.append(",total\n");
        for (GradeReport.StudentGrade student : report.students()) {
            out.append(CsvField.quote(student.id())).append(',').append(CsvField.quote(spreadsheetSafe(student.name())));
            student.results().forEach(r -> out.append(',').append(GradeReport.points(r.points())));
            out.append(',').append(GradeReport.points(student.total())).append('\n');
        }
        return out.toString();
    }

    /** A name a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe (OWASP CSV injection). */
    private static String spreadsheetSafe(String name) {
        return !name.isEmpty() && "=+-@".indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
    }
}
