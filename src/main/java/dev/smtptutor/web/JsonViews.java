package dev.smtptutor.web;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the pages read. Every string a student could have influenced goes through
 * {@link Visible} here, so the scripts only ever put safe text into the page (with textContent).
 */
final class JsonViews {

    private JsonViews() {}

    static Map<String, Object> board(ClassView view) {
        Map<String, Object> board = new LinkedHashMap<>();
        List<Object> exercises = array(board, "exercises");
        for (ExerciseColumn exercise : view.exercises()) {
            Map<String, Object> e = add(exercises);
            e.put("id", Visible.of(exercise.id()));
            e.put("title", Visible.of(exercise.title()));
            e.put("points", exercise.points());
            List<Object> criteria = array(e, "criteria");
            for (CriterionColumn criterion : exercise.criteria()) {
                criteria.add(fields("id", Visible.of(criterion.id()), "label", Visible.of(criterion.label())));
            }
        }
        List<Object> students = array(board, "students");
        view.students().forEach(row -> students.add(row(row)));
        return board;
    }

    static Map<String, Object> row(StudentRow row) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", Visible.of(row.id()));
        r.put("name", Visible.of(row.name()));
        r.put("link", row.link().name());
        r.put("state", Visible.of(row.smtpState()));
        r.put("lastCommand", Visible.of(row.lastCommand()));
        r.put("lastReply", Visible.of(row.lastReply()));
        r.put("lastCode", row.lastCode());
        r.put("errors", row.errors());
        r.put("messages", row.messages());
        r.put("points", row.points());
        Map<String, Object> marks = object(r, "marks");
        row.marks().forEach((key, mark) -> marks.put(Visible.of(key), mark.name()));
        return r;
    }

    static Map<String, Object> detail(StudentDetail detail) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("row", row(detail.row()));
        List<Object> exercises = array(d, "exercises");
        for (ExerciseResult exercise : detail.exercises()) {
            Map<String, Object> e = add(exercises);
            e.put("id", Visible.of(exercise.id()));
            e.put("title", Visible.of(exercise.title()));
            e.put("task", Visible.keepingLines(exercise.task()));
            e.put("points", exercise.points());
            e.put("maxPoints", exercise.maxPoints());
            List<Object> criteria = array(e, "criteria");
            for (CriterionResult criterion : exercise.criteria()) {
                Map<String, Object> c = add(criteria);
                c.put("id", Visible.of(criterion.id()));
                c.put("label", Visible.of(criterion.label()));
                c.put("mark", criterion.mark().name());
                List<Object> evidence = array(c, "evidence");
                criterion.evidence().forEach(ev -> evidence.add(fields("at", ev.at().toString(), "line", Visible.of(ev.line()))));
            }
        }
        List<Object> sessions = array(d, "sessions");
        for (SessionLog session : detail.sessions()) {
            Map<String, Object> s = add(sessions);
            s.put("id", Visible.of(session.id()));
            s.put("started", session.started().toString());
            s.put("open", session.open());
            List<Object> lines = array(s, "lines");
            for (TranscriptLine line : session.lines()) {
                Map<String, Object> l = add(lines);
                l.put("at", line.at().toString());
                l.put("side", line.side().name());
                l.put("tls", line.tls());
                l.put("code", line.code());
                l.put("lines", strings(line.lines()));
                l.put("explanation", strings(line.explanation()));
            }
        }
        List<Object> messages = array(d, "messages");
        detail.messages().forEach(m -> messages.add(message(m)));
        return d;
    }

    private static Map<String, Object> message(MessageView message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Visible.of(message.id()));
        m.put("received", message.received().toString());
        m.put("mailFrom", Visible.of(message.mailFrom()));
        m.put("rcptTo", strings(message.rcptTo()));
        List<Object> headers = array(m, "headers");
        message.headers().forEach(h -> headers.add(fields("name", Visible.of(h.name()),
                "value", Visible.of(h.value()), "decoded", Visible.of(h.decoded()))));
        m.put("body", mime(message.body()));
        m.put("problem", Visible.of(message.problem()));
        return m;
    }

    private static Map<String, Object> mime(MimeNode node) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("number", node.number());
        n.put("mimeType", Visible.of(node.mimeType()));
        n.put("contentType", Visible.of(node.contentType()));
        n.put("transferEncoding", Visible.of(node.transferEncoding()));
        n.put("disposition", Visible.of(node.disposition()));
        n.put("fileName", Visible.of(node.fileName()));
        n.put("size", node.size());
        // The decoded text keeps its line breaks (shown in a <pre>); other controls are escaped.
        n.put("text", Visible.keepingLines(node.text()));
        List<Object> children = array(n, "children");
        node.children().forEach(child -> children.add(mime(child)));
        return n;
    }

    private static List<Object> strings(List<String> values) {
        List<Object> out = new ArrayList<>();
        values.forEach(v -> out.add(Visible.of(v)));
        return out;
    }

    static Map<String, Object> words(Map<String, String> words) {
        return new LinkedHashMap<>(words);
    }

    /** An object of the given names and values, in that order. */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    private static List<Object> array(Map<String, Object> parent, String name) {
        List<Object> out = new ArrayList<>();
        parent.put(name, out);
        return out;
    }

    private static Map<String, Object> object(Map<String, Object> parent, String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        parent.put(name, out);
        return out;
    }

    private static Map<String, Object> add(List<Object> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        list.add(out);
        return out;
    }

    static String write(Object node) {
        try {
            return JSON.std.asString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON safe inside an HTML {@code <script type="application/json">}: no "<", ">" or "&" in it. */
    static String forScriptBlock(Object node) {
        return write(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
