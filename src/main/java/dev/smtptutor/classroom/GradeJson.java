package dev.smtptutor.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The report for scripts: the same rows as the CSV, with each criterion and its evidence. */
public final class GradeJson {

    private GradeJson() {}

    public static ObjectNode tree(GradeReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("made_at", report.madeAt());
        root.put("maximum", report.maximum());
        ArrayNode exercises = root.putArray("exercises");
        for (Exercise exercise : report.exercises()) {
            ObjectNode e = exercises.addObject();
            e.put("number", exercise.number());
            e.put("column", exercise.column());
            e.put("title", exercise.title());
            e.put("points", exercise.points());
        }
        ArrayNode students = root.putArray("students");
        for (GradeReport.StudentGrade student : report.students()) {
            ObjectNode s = students.addObject();
            s.put("id", student.id());
            s.put("name", student.name());
            s.put("total", student.total());
            s.put("sessions", student.sessions().size());
            ArrayNode results = s.putArray("exercises");
            for (ExerciseResult result : student.results()) {
                results.add(result(result));
            }
        }
        return root;
    }

    static ObjectNode result(ExerciseResult result) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("number", result.exercise().number());
        r.put("points", result.points());
        r.put("of", result.exercise().points());
        result.attemptAt().ifPresent(at -> r.put("attempt_at", at));
        ArrayNode criteria = r.putArray("criteria");
        for (ExerciseResult.CriterionResult criterion : result.criteria()) {
            ObjectNode c = criteria.addObject();
            c.put("label", criterion.label());
            c.put("points", criterion.points());
            c.put("met", criterion.met());
            ArrayNode evidence = c.putArray("evidence");
            for (Entry entry : criterion.verdict().evidence()) {
                evidence.addObject().put("at", entry.at()).put("line", entry.shown());
            }
        }
        return r;
    }

    public static String of(GradeReport report) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
