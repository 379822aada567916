package dev.smtptutor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON the pages read. Every string a student could have influenced goes through
 * {@link Visible} here, so the scripts only ever put safe text into the page (with textContent).
 */
final class JsonViews {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonViews() {}

    static ObjectNode board(ClassView view) {
        ObjectNode board = MAPPER.createObjectNode();
        ArrayNode exercises = board.putArray("exercises");
        for (ExerciseColumn exercise : view.exercises()) {
            ObjectNode e = exercises.addObject();
            e.put("id", Visible.of(exercise.id()));
            e.put("title", Visible.of(exercise.title()));
            e.put("points", exercise.points());
            ArrayNode criteria = e.putArray("criteria");
            for (CriterionColumn criterion : exercise.criteria()) {
                criteria.addObject().put("id", Visible.of(criterion.id())).put("label", Visible.of(criterion.label()));
            }
        }
        ArrayNode students = board.putArray("students");
        view.students().forEach(row -> students.add(row(row)));
        return board;
    }

    static ObjectNode row(StudentRow row) {
        ObjectNode r = MAPPER.createObjectNode();
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
        ObjectNode marks = r.putObject("marks");
        row.marks().forEach((key, mark) -> marks.put(Visible.of(key), mark.name()));
        return r;
    }

    static ObjectNode detail(StudentDetail detail) {
        ObjectNode d = MAPPER.createObjectNode();
        d.set("row", row(detail.row()));
        ArrayNode exercises = d.putArray("exercises");
        for (ExerciseResult exercise : detail.exercises()) {
            ObjectNode e = exercises.addObject();
            e.put("id", Visible.of(exercise.id()));
            e.put("title", Visible.of(exercise.title()));
            e.put("task", Visible.keepingLines(exercise.task()));
            e.put("points", exercise.points());
            e.put("maxPoints", exercise.maxPoints());
            ArrayNode criteria = e.putArray("criteria");
            for (CriterionResult criterion : exercise.criteria()) {
                ObjectNode c = criteria.addObject();
                c.put("id", Visible.of(criterion.id()));
                c.put("label", Visible.of(criterion.label()));
                c.put("mark", criterion.mark().name());
                ArrayNode evidence = c.putArray("evidence");
                criterion.evidence().forEach(ev -> evidence.addObject()
                        .put("at", ev.at().toString()).put("line", Visible.of(ev.line())));
            }
        }
        ArrayNode sessions = d.putArray("sessions");
        for (SessionLog session : detail.sessions()) {
            ObjectNode s = sessions.addObject();
            s.put("id", Visible.of(session.id()));
            s.put("started", session.started().toString());
            s.put("open", session.open());
            ArrayNode lines = s.putArray("lines");
            for (TranscriptLine line : session.lines()) {
                ObjectNode l = lines.addObject();
                l.put("at", line.at().toString());
                l.put("side", line.side().name());
                l.put("tls", line.tls());
                l.put("code", line.code());
                l.set("lines", strings(line.lines()));
                l.set("explanation", strings(line.explanation()));
            }
        }
        ArrayNode messages = d.putArray("messages");
        detail.messages().forEach(m -> messages.add(message(m)));
        return d;
    }

    private static ObjectNode message(MessageView message) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("id", Visible.of(message.id()));
        m.put("received", message.received().toString());
        m.put("mailFrom", Visible.of(message.mailFrom()));
        m.set("rcptTo", strings(message.rcptTo()));
        ArrayNode headers = m.putArray("headers");
        message.headers().forEach(h -> headers.addObject().put("name", Visible.of(h.name()))
                .put("value", Visible.of(h.value())).put("decoded", Visible.of(h.decoded())));
        m.set("body", mime(message.body()));
        m.put("problem", Visible.of(message.problem()));
        return m;
    }

    private static ObjectNode mime(MimeNode node) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("number", node.number());
        n.put("mimeType", Visible.of(node.mimeType()));
        n.put("contentType", Visible.of(node.contentType()));
        n.put("transferEncoding", Visible.of(node.transferEncoding()));
        n.put("disposition", Visible.of(node.disposition()));
        n.put("fileName", Visible.of(node.fileName()));
        n.put("size", node.size());
        // The decoded text keeps its line breaks (shown in a <pre>); other controls are escaped.
        n.put("text", Visible.keepingLines(node.text()));
        ArrayNode children = n.putArray("children");
        node.children().forEach(child -> children.add(mime(child)));
        return n;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = MAPPER.createArrayNode();
        values.forEach(v -> out.add(Visible.of(v)));
        return out;
    }

    static ObjectNode words(Map<String, String> words) {
        ObjectNode out = MAPPER.createObjectNode();
        words.forEach(out::put);
        return out;
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON safe inside an HTML {@code <script type="application/json">}: no "<", ">" or "&" in it. */
    static String forScriptBlock(Object node) {
        return write(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
