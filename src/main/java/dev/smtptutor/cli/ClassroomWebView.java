package dev.smtptutor.cli;

import dev.smtptutor.classroom.ClassData;
import dev.smtptutor.classroom.ClassListener;
import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.Entry;
import dev.smtptutor.classroom.Exercise;
import dev.smtptutor.classroom.ExerciseResult;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.classroom.GradeReport;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.Student;
import dev.smtptutor.classroom.StudentRecord;
import dev.smtptutor.classroom.StudentSnapshot;
import dev.smtptutor.web.ClassView;
import dev.smtptutor.web.CriterionColumn;
import dev.smtptutor.web.CriterionResult;
import dev.smtptutor.web.Evidence;
import dev.smtptutor.web.ExerciseColumn;
import dev.smtptutor.web.LinkState;
import dev.smtptutor.web.Mark;
import dev.smtptutor.web.SessionLog;
import dev.smtptutor.web.StudentDetail;
import dev.smtptutor.web.StudentRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The classroom as the web pages read it: rows from the running server's live state (or, for the
 * report, from the data folder), a student's details from what is on disk, re-read only after that
 * student changed.
 */
public final class ClassroomWebView implements ClassView {

    private final ClassData data;
    private final Roster roster;
    private final Exercises exercises;
    private final Optional<ClassroomServer> live;
    private final Map<String, StudentRecord> records = new ConcurrentHashMap<>();
    private final Set<String> stale = ConcurrentHashMap.newKeySet();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    private ClassroomWebView(ClassData data, Roster roster, Exercises exercises, Optional<ClassroomServer> live) {
        this.data = data;
        this.roster = roster;
        this.exercises = exercises;
        this.live = live;
    }

    /** The running class: the board follows it as it happens. */
    public static ClassroomWebView live(ClassroomServer server) {
        ClassroomWebView view = new ClassroomWebView(server.data(), server.roster(), server.exercises(), Optional.of(server));
        server.addListener(new ClassListener() {
            @Override
            public void studentChanged(StudentSnapshot student) {
                view.changed(student.id());
            }

            @Override
            public void entryAdded(String student, long session, Entry entry) {
                if (!student.isEmpty()) {
                    view.changed(student);
                }
            }
        });
        return view;
    }

    /** A class from its data folder alone, running or not (the HTML grade report). */
    public static ClassroomWebView fromDisk(ClassData data, Roster roster, Exercises exercises) {
        return new ClassroomWebView(data, roster, exercises, Optional.empty());
    }

    private void changed(String id) {
        stale.add(id);
        listeners.forEach(l -> l.accept(id));
    }

    @Override
    public List<ExerciseColumn> exercises() {
        return exercises.all().stream().map(e -> new ExerciseColumn(String.valueOf(e.number()), e.title(),
                GradeReport.points(e.points()), criteria(e))).toList();
    }

    private static List<CriterionColumn> criteria(Exercise exercise) {
        List<CriterionColumn> out = new ArrayList<>();
        for (int i = 0; i < exercise.criteria().size(); i++) {
            out.add(new CriterionColumn(String.valueOf(i + 1), exercise.criteria().get(i).label()));
        }
        return out;
    }

    @Override
    public List<StudentRow> students() {
        return roster.students().stream().map(s -> row(s)).toList();
    }

    @Override
    public Optional<StudentRow> student(String id) {
        return roster.find(id).map(this::row);
    }

    private StudentRow row(Student student) {
        if (live.isPresent()) {
            Optional<StudentSnapshot> snapshot = live.get().student(student.id());
            if (snapshot.isPresent()) {
                StudentSnapshot s = snapshot.get();
                boolean seen = s.connected() || !s.state().isEmpty();
                LinkState link = s.connected() ? LinkState.CONNECTED : seen ? LinkState.DISCONNECTED : LinkState.NEVER;
                return new StudentRow(s.id(), s.name(), link, s.state(), s.lastCommand(), s.lastReply(), s.lastCode(),
                        (int) s.errors(), (int) s.delivered(), GradeReport.points(s.points()), marks(s.results()));
            }
        }
        StudentRecord record = record(student);
        List<Entry> all = record.sessions().stream().flatMap(t -> t.entries().stream()).toList();
        Optional<Entry> lastCommand = all.stream().filter(e -> e.is(Entry.COMMAND)).reduce((a, b) -> b);
        Optional<Entry> lastReply = all.stream().filter(e -> e.code() != null).reduce((a, b) -> b);
        Optional<Entry> lastState = all.stream().filter(e -> e.after() != null).reduce((a, b) -> b);
        int errors = (int) all.stream().filter(e -> e.replyCode() >= 400).count();
        return new StudentRow(student.id(), student.name(), record.sessions().isEmpty() ? LinkState.NEVER : LinkState.DISCONNECTED,
                lastState.map(Entry::after).orElse(""), lastCommand.map(e -> e.sent().get(0)).orElse(""),
                lastReply.map(e -> e.reply().get(0)).orElse(""), lastReply.map(Entry::replyCode).orElse(0),
                errors, record.sent().size(), GradeReport.points(record.total()), marks(record.results()));
    }

    private static Map<String, Mark> marks(List<ExerciseResult> results) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (ExerciseResult result : results) {
            for (int i = 0; i < result.criteria().size(); i++) {
                marks.put(result.exercise().number() + "/" + (i + 1), mark(result.criteria().get(i)));
            }
        }
        return marks;
    }

    // Not met with evidence: something the student did broke it (the first line that did is the evidence).
    private static Mark mark(ExerciseResult.CriterionResult criterion) {
        return criterion.met() ? Mark.MET : criterion.verdict().evidence().isEmpty() ? Mark.NOT_YET : Mark.BROKEN;
    }

    @Override
    public Optional<StudentDetail> detail(String id) {
        return roster.find(id).map(student -> {
            StudentRecord record = record(student);
            List<dev.smtptutor.web.ExerciseResult> results = record.results().stream().map(ClassroomWebView::result).toList();
            List<SessionLog> sessions = new ArrayList<>();
            for (int i = 0; i < record.sessions().size(); i++) {
                StudentRecord.Transcript transcript = record.sessions().get(i);
                boolean open = live.isPresent() && i == record.sessions().size() - 1
                        && transcript.entries().stream().noneMatch(e -> e.is(Entry.CLOSE));
                Instant started = transcript.entries().isEmpty() ? Instant.EPOCH : instant(transcript.entries().get(0).at());
                sessions.add(new SessionLog(String.valueOf(i + 1), started, open, TranscriptLines.of(transcript.entries())));
            }
            List<dev.smtptutor.web.MessageView> messages = new ArrayList<>();
            for (StudentRecord.Message m : record.sent()) {
                messages.add(WebViews.message(m.id(), m.at(), m.mailFrom(), m.rcptTo(), m.content()));
            }
            for (StudentRecord.Message m : record.received()) {
                messages.add(WebViews.message(m.id(), m.at(), m.mailFrom(), m.rcptTo(), m.content()));
            }
            return new StudentDetail(row(student), results, sessions, messages);
        });
    }

    private static dev.smtptutor.web.ExerciseResult result(ExerciseResult result) {
        List<CriterionResult> criteria = new ArrayList<>();
        for (int i = 0; i < result.criteria().size(); i++) {
            ExerciseResult.CriterionResult c = result.criteria().get(i);
            List<Evidence> evidence = c.verdict().evidence().stream().map(e -> new Evidence(instant(e.at()), e.shown())).toList();
            criteria.add(new CriterionResult(String.valueOf(i + 1), c.label(), mark(c), evidence));
        }
        Exercise e = result.exercise();
        return new dev.smtptutor.web.ExerciseResult(String.valueOf(e.number()), e.title(), e.task().strip(),
                GradeReport.points(result.points()), GradeReport.points(e.points()), criteria);
    }

    private StudentRecord record(Student student) {
        if (stale.remove(student.id())) {
            records.remove(student.id());
        }
        return records.computeIfAbsent(student.id(), id -> {
            try {
                return StudentRecord.read(data, student, exercises);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public Optional<String> password(String id) {
        return roster.find(id).map(Student::password);
    }

    @Override
    public void onChange(Consumer<String> changed) {
        listeners.add(changed);
    }
}
