package dev.smtptutor.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report for scripts: the same rows as the CSV, with each criterion and its evidence. */
public final class GradeJson {

    private GradeJson() {}

    public static Map<String, Object> tree(GradeReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("made_at", report.madeAt());
        root.put("maximum", report.maximum());
        List<Object> exercises = new ArrayList<>();
        for (Exercise exercise : report.exercises()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("number", exercise.number());
            e.put("column", exercise.column());
            e.put("title", exercise.title());
            e.put("points", exercise.points());
            exercises.add(e);
        }
        root.put("exercises", exercises);
        List<Object> students = new ArrayList<>();
        for (GradeReport.StudentGrade student : report.students()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", student.id());
            s.put("name", student.name());
            s.put("total", student.total());
            s.put("sessions", student.sessions().size());
            s.put("exercises", student.results().stream().map(GradeJson::result).toList());
            students.add(s);
        }
        root.put("students", students);
        return root;
    }

    /** One exercise's result with its criteria and evidence: also what the web board shows per cell. */
    public static Map<String, Object> result(ExerciseResult result) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("number", result.exercise().number());
        r.put("points", result.points());
        r.put("of", result.exercise().points());
        result.attemptAt().ifPresent(at -> r.put("attempt_at", at));
        List<Object> criteria = new ArrayList<>();
        for (ExerciseResult.CriterionResult criterion : result.criteria()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("label", criterion.label());
            c.put("points", criterion.points());
            c.put("met", criterion.met());
            List<Object> evidence = new ArrayList<>();
            for (Entry entry : criterion.verdict().evidence()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("at", entry.at());
                line.put("line", entry.shown());
                evidence.add(line);
            }
            c.put("evidence", evidence);
            criteria.add(c);
        }
        r.put("criteria", criteria);
        return r;
    }

    public static String of(GradeReport report) {
        try {
            return Json.pretty(tree(report)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
