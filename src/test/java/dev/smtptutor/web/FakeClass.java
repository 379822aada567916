package dev.smtptutor.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A class built by hand for the web tests: students, one exercise, sessions and messages set directly. */
final class FakeClass implements ClassView {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final ExerciseColumn EXERCISE = new ExerciseColumn("1", "A first message", "4", List.of(
            new CriterionColumn("tls", "STARTTLS before AUTH"),
            new CriterionColumn("auth", "AUTH with your roster id"),
            new CriterionColumn("rcpt", "RCPT TO:<bob@example.test>"),
            new CriterionColumn("subject", "A Subject header")));

    private final Map<String, StudentDetail> students = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    FakeClass student(String id, String name, String password) {
        passwords.put(id, password);
        students.put(id, new StudentDetail(row(id, name, LinkState.NEVER, "", Map.of(), "0"),
                List.of(result(Map.of(), "0")), List.of(), List.of()));
        return this;
    }

    static StudentRow row(String id, String name, LinkState link, String lastCommand, Map<String, Mark> marks, String points) {
        return new StudentRow(id, name, link, link == LinkState.NEVER ? "" : "GREETED", lastCommand,
                lastCommand.isEmpty() ? "" : "250 2.1.0 Ok", lastCommand.isEmpty() ? 0 : 250, 0, 0, points, marks);
    }

    static ExerciseResult result(Map<String, Mark> marks, String points) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (CriterionColumn c : EXERCISE.criteria()) {
            Mark mark = marks.getOrDefault("1/" + c.id(), Mark.NOT_YET);
            criteria.add(new CriterionResult(c.id(), c.label(), mark,
                    mark == Mark.NOT_YET ? List.of() : List.of(new Evidence(T0, "STARTTLS"))));
        }
        return new ExerciseResult("1", EXERCISE.title(), "Send one message to bob@example.test.", points, "4", criteria);
    }

    /** The student is connected, has sent {@code lastCommand}, and stands so on the criteria. */
    void update(String id, String lastCommand, Map<String, Mark> marks, String points,
                List<SessionLog> sessions, List<MessageView> messages) {
        StudentDetail old;
        synchronized (this) {
            old = students.get(id);
            StudentRow row = row(id, old.row().name(), LinkState.CONNECTED, lastCommand, marks, points);
            students.put(id, new StudentDetail(row, List.of(result(marks, points)), sessions, messages));
        }
        listeners.forEach(l -> l.accept(id));
    }

    static SessionLog session(String id, String... clientLines) {
        List<TranscriptLine> lines = new ArrayList<>();
        lines.add(new TranscriptLine(T0, TranscriptLine.Side.SERVER, List.of("220 mail.example.test ESMTP"), false, 220,
                List.of("The server is ready.")));
        for (String line : clientLines) {
            lines.add(new TranscriptLine(T0, TranscriptLine.Side.CLIENT, List.of(line), false, 0, List.of()));
            lines.add(new TranscriptLine(T0, TranscriptLine.Side.SERVER, List.of("250 2.0.0 Ok"), false, 250,
                    List.of("Accepted.")));
        }
        return new SessionLog(id, T0, true, lines);
    }

    static MessageView message(String id, String subject) {
        MimeNode body = new MimeNode("", "text/plain", "text/plain; charset=utf-8", "", "", "", 6, "Hello\n", List.of());
        return new MessageView(id, T0, "s01@example.test", List.of("bob@example.test"),
                List.of(new HeaderField("Subject", subject, subject)), body, "");
    }

    @Override
    public List<ExerciseColumn> exercises() {
        return List.of(EXERCISE);
    }

    @Override
    public synchronized List<StudentRow> students() {
        return students.values().stream().map(StudentDetail::row).toList();
    }

    @Override
    public synchronized Optional<StudentRow> student(String id) {
        return Optional.ofNullable(students.get(id)).map(StudentDetail::row);
    }

    @Override
    public synchronized Optional<StudentDetail> detail(String id) {
        return Optional.ofNullable(students.get(id));
    }

    @Override
    public Optional<String> password(String id) {
        return Optional.ofNullable(passwords.get(id));
    }

    @Override
    public void onChange(Consumer<String> changed) {
        listeners.add(changed);
    }
}
