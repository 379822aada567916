package dev.smtptutor.cli;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.StoredMessage;
import dev.smtptutor.web.ClassView;
import dev.smtptutor.web.CriterionColumn;
import dev.smtptutor.web.CriterionResult;
import dev.smtptutor.web.Evidence;
import dev.smtptutor.web.ExerciseColumn;
import dev.smtptutor.web.ExerciseResult;
import dev.smtptutor.web.LinkState;
import dev.smtptutor.web.Mark;
import dev.smtptutor.web.MessageView;
import dev.smtptutor.web.SessionLog;
import dev.smtptutor.web.StudentDetail;
import dev.smtptutor.web.StudentRow;
import dev.smtptutor.web.TranscriptLine;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A class for the browser tests, fed by a real simulator over real sockets: a student is whoever
 * says {@code EHLO sNN}; one exercise with four criteria judged from the exchange records.
 */
final class SimClassroom implements ClassView, SessionObserver {

    static final ExerciseColumn EXERCISE = new ExerciseColumn("1", "A first message", "4", List.of(
            new CriterionColumn("ehlo", "EHLO with your id"),
            new CriterionColumn("tls", "STARTTLS"),
            new CriterionColumn("rcpt", "RCPT TO:<bob@example.test> accepted"),
            new CriterionColumn("sent", "Message accepted")));

    private record Student(String id, String name, String password) {}

    private static final class Session {
        final long number;
        final Instant started;
        final List<TranscriptLine> lines = new ArrayList<>();
        String student = "";
        boolean tls;
        boolean open = true;
        String state = "CONNECTED";
        String lastCommand = "";
        Reply lastReply;

        Session(long number, Instant started) {
            this.number = number;
            this.started = started;
        }
    }

    private final Map<String, Student> roster = new LinkedHashMap<>();
    private final Map<Long, Session> sessions = new LinkedHashMap<>();
    private final Map<String, Map<String, Mark>> marks = new LinkedHashMap<>();
    private final Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    private final List<MessageView> messages = new ArrayList<>();
    private final Map<String, String> messageOwner = new LinkedHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    SimClassroom student(String id, String name, String password) {
        roster.put(id, new Student(id, name, password));
        return this;
    }

    // --- SessionObserver: what the simulator saw ---

    @Override
    public synchronized void opened(long session, SocketAddress client) {
        sessions.put(session, new Session(session, Instant.now()));
    }

    @Override
    public void exchanged(long session, Exchange exchange) {
        String changed;
        synchronized (this) {
            Session s = sessions.get(session);
            if (s == null) {
                return;
            }
            if (exchange.verb().filter(Verb.EHLO::equals).isPresent()) {
                String name = exchange.command().map(c -> c.argument().strip().toLowerCase(Locale.ROOT)).orElse("");
                if (roster.containsKey(name)) {
                    s.student = name;
                    judge(name, "ehlo", exchange, exchange.code() == 250);
                }
            }
            for (String line : exchange.sent()) {
                s.lines.add(WebViews.client(exchange.at(), line, exchange.tls()));
            }
            exchange.reply().ifPresent(reply -> {
                boolean message = exchange.kind() == Exchange.Kind.MESSAGE || exchange.kind() == Exchange.Kind.MESSAGE_TEXT;
                Optional<String> answering = exchange.kind() == Exchange.Kind.GREETING ? Optional.empty()
                        : Optional.of(message ? "." : exchange.sentLine());
                s.lines.add(WebViews.reply(exchange.at(), reply, answering, Optional.of(exchange.before()), exchange.tls()));
                s.lastReply = reply;
            });
            if (!exchange.sent().isEmpty() && exchange.kind() == Exchange.Kind.COMMAND) {
                s.lastCommand = exchange.sentLine();
            }
            s.state = exchange.after().name();
            if (!s.student.isEmpty()) {
                exchange.verb().ifPresent(verb -> {
                    if (verb == Verb.STARTTLS && exchange.code() == 220) {
                        judge(s.student, "tls", exchange, true);
                    }
                    if (verb == Verb.RCPT && exchange.sentLine().toLowerCase(Locale.ROOT).contains("<bob@example.test>")) {
                        judge(s.student, "rcpt", exchange, exchange.code() == 250);
                    }
                });
                if (exchange.kind() == Exchange.Kind.MESSAGE || exchange.kind() == Exchange.Kind.MESSAGE_TEXT) {
                    if (exchange.code() == 250) {
                        judge(s.student, "sent", exchange, true);
                    }
                }
            }
            changed = s.student;
        }
        if (!changed.isEmpty()) {
            listeners.forEach(l -> l.accept(changed));
        }
    }

    private void judge(String student, String criterion, Exchange exchange, boolean met) {
        Map<String, Mark> own = marks.computeIfAbsent(student, k -> new LinkedHashMap<>());
        if (own.get("1/" + criterion) != Mark.MET) {
            own.put("1/" + criterion, met ? Mark.MET : Mark.BROKEN);
            evidence.computeIfAbsent(student + "/" + criterion, k -> new ArrayList<>())
                    .add(new Evidence(exchange.at(), exchange.sentLine() + " → " + exchange.code()));
        }
    }

    @Override
    public void tlsStarted(long session, String protocol, String cipherSuite) {
        String changed;
        synchronized (this) {
            Session s = sessions.get(session);
            s.tls = true;
            s.lines.add(new TranscriptLine(Instant.now(), TranscriptLine.Side.TLS_START, List.of(protocol, cipherSuite),
                    true, 0, List.of()));
            changed = s.student;
        }
        if (!changed.isEmpty()) {
            listeners.forEach(l -> l.accept(changed));
        }
    }

    @Override
    public void closed(long session, String why) {
        String changed;
        synchronized (this) {
            Session s = sessions.get(session);
            s.open = false;
            changed = s.student;
        }
        if (!changed.isEmpty()) {
            listeners.forEach(l -> l.accept(changed));
        }
    }

    /** A delivered message belongs to the student whose EHLO name the session gave. */
    void delivered(StoredMessage m) {
        String owner = m.heloName().toLowerCase(Locale.ROOT);
        synchronized (this) {
            MessageView view = WebViews.message(m.id(), m.receivedAt(), m.envelope().sender().address(),
                    m.envelope().recipientPaths().stream().map(p -> p.address()).toList(), m.content());
            messages.add(view);
            messageOwner.put(m.id(), owner);
        }
        listeners.forEach(l -> l.accept(owner));
    }

    // --- ClassView: what the pages read ---

    @Override
    public List<ExerciseColumn> exercises() {
        return List.of(EXERCISE);
    }

    @Override
    public synchronized List<StudentRow> students() {
        return roster.keySet().stream().map(this::row).toList();
    }

    @Override
    public synchronized Optional<StudentRow> student(String id) {
        return roster.containsKey(id) ? Optional.of(row(id)) : Optional.empty();
    }

    private StudentRow row(String id) {
        List<Session> own = sessions.values().stream().filter(s -> s.student.equals(id)).toList();
        Optional<Session> latest = own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1));
        LinkState link = latest.map(s -> s.open ? LinkState.CONNECTED : LinkState.DISCONNECTED).orElse(LinkState.NEVER);
        Map<String, Mark> own_marks = marks.getOrDefault(id, Map.of());
        long met = own_marks.values().stream().filter(Mark.MET::equals).count();
        int errors = (int) own.stream().flatMap(s -> s.lines.stream()).filter(l -> l.code() >= 400).count();
        int sent = (int) messageOwner.values().stream().filter(id::equals).count();
        return new StudentRow(id, roster.get(id).name(), link, latest.map(s -> s.state).orElse(""),
                latest.map(s -> s.lastCommand).orElse(""),
                latest.map(s -> s.lastReply == null ? "" : s.lastReply.wireLines().get(0)).orElse(""),
                latest.map(s -> s.lastReply == null ? 0 : s.lastReply.code()).orElse(0), errors, sent,
                String.valueOf(met), own_marks);
    }

    @Override
    public synchronized Optional<StudentDetail> detail(String id) {
        if (!roster.containsKey(id)) {
            return Optional.empty();
        }
        StudentRow row = row(id);
        List<CriterionResult> criteria = EXERCISE.criteria().stream().map(c -> new CriterionResult(c.id(), c.label(),
                row.mark("1", c.id()), evidence.getOrDefault(id + "/" + c.id(), List.of()))).toList();
        ExerciseResult result = new ExerciseResult("1", EXERCISE.title(), "Say EHLO with your id, STARTTLS, and send bob a message.",
                row.points(), "4", criteria);
        List<SessionLog> logs = sessions.values().stream().filter(s -> s.student.equals(id))
                .map(s -> new SessionLog(String.valueOf(s.number), s.started, s.open, s.lines)).toList();
        List<MessageView> own = messages.stream().filter(m -> id.equals(messageOwner.get(m.id()))).toList();
        return Optional.of(new StudentDetail(row, List.of(result), logs, own));
    }

    @Override
    public Optional<String> password(String id) {
        return Optional.ofNullable(roster.get(id)).map(Student::password);
    }

    @Override
    public void onChange(Consumer<String> changed) {
        listeners.add(changed);
    }
}
