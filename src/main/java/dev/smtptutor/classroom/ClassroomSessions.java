package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.sim.DeliverySink;
import dev.smtptutor.sim.SessionHooks;
import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.StoredMessage;
import java.io.IOException;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classroom's side of every session: it writes the transcript as the session happens, works out
 * which student it is (AUTH, or EHLO ID when allowed), applies the limits, makes each accepted
 * message durable in the recipients' Maildirs before its 250, and judges it for the feedback in that
 * 250. All calls come on the session's own thread.
 */
final class ClassroomSessions implements SessionObserver, SessionHooks, DeliverySink {

    private static final long PID = ProcessHandle.current().pid();
    private static final java.time.format.DateTimeFormatter FILE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyyMMdd'T'HHmmss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final ClassData data;
    private final Roster roster;
    private final Map<String, StudentState> students;
    private final ExerciseJudge judge;
    private final Maildir maildir;
    private final Limits limits;
    private final boolean identifyByEhlo;
    private final String domain;
    private final Clock clock;
    private final Map<Long, LiveSession> live = new ConcurrentHashMap<>();
    private final List<ClassListener> listeners = new CopyOnWriteArrayList<>();
    private final ClassRate classWide = new ClassRate();
    private final AtomicInteger unidentifiedCounter = new AtomicInteger();

    ClassroomSessions(ClassData data, Roster roster, Map<String, StudentState> students, ExerciseJudge judge,
                      Maildir maildir, Limits limits, boolean identifyByEhlo, String domain, Clock clock) {
        this.data = data;
        this.roster = roster;
        this.students = students;
        this.judge = judge;
        this.maildir = maildir;
        this.limits = limits;
        this.identifyByEhlo = identifyByEhlo;
        this.domain = domain;
        this.clock = clock;
    }

    void addListener(ClassListener listener) {
        listeners.add(listener);
    }

    void removeListener(ClassListener listener) {
        listeners.remove(listener);
    }

    Optional<LiveSession> latestOf(String student) {
        StudentState state = students.get(student);
        return state == null ? Optional.empty() : Optional.ofNullable(live.get(state.latestSession()));
    }

    // --- SessionObserver ---------------------------------------------------------------------------------

    @Override
    public void opened(long session, SocketAddress client) {
        Instant now = clock.instant();
        // Fixed width, so that names sort in the order the sessions began.
        String name = FILE_TIME.format(now) + "-p" + PID + "-" + String.format("%08d", session) + ".jsonl";
        try {
            LiveSession started = new LiveSession(session, String.valueOf(client),
                    new TranscriptFile(data.sessions(ClassData.NOBODY).resolve(name)));
            live.put(session, started);
            record(started, Entry.event(now.toString(), Entry.OPEN, String.valueOf(client)));
            log(Words.get("log.connected", "session", session, "client", UntrustedText.visible(String.valueOf(client))));
        } catch (IOException e) {
            log(Words.get("log.transcript-failed", "session", session, "why", UntrustedText.visible(String.valueOf(e.getMessage()))));
        }
    }

    @Override
    public void exchanged(long session, Exchange exchange) {
        LiveSession current = live.get(session);
        if (current == null) {
            return;
        }
        Entry entry = Entry.of(exchange);
        if (!current.keep(entry)) {
            return;
        }
        record(current, entry);
        current.student().ifPresent(s -> {
            s.exchanged(entry);
            changed(s);
        });
        if (exchange.code() == 552) {
            limit(current, Words.get("limit.size", "max", limits.messageSize()));
        }
        if (current.student().isEmpty() && exchange.auth().authenticated()) {
            exchange.auth().identity().flatMap(roster::find).ifPresent(student -> identify(current, student, "auth"));
        }
    }

    @Override
    public void received(long session, String line, boolean secret) {
        LiveSession current = live.get(session);
        if (current != null && !secret) {
            current.received(line);
        }
    }

    @Override
    public void tlsStarted(long session, String protocol, String cipherSuite) {
        LiveSession current = live.get(session);
        if (current != null) {
            current.tlsStarted();
            record(current, Entry.event(clock.instant().toString(), Entry.TLS_STARTED, protocol + " " + cipherSuite));
        }
    }

    @Override
    public void closed(long session, String why) {
        LiveSession ended = live.remove(session);
        if (ended == null) {
            return;
        }
        record(ended, Entry.event(clock.instant().toString(), Entry.CLOSE, why));
        try {
            ended.transcript.close();
        } catch (IOException ignored) {
            // the lines are written; closing cannot lose any
        }
        ended.student().ifPresent(s -> {
            s.closed();
            s.sessionEnded(ended.entries());
            changed(s);
        });
        log(Words.get("log.closed", "who", who(ended), "why", UntrustedText.visible(why)));
    }

    @Override
    public void refused(SocketAddress client) {
        log(Words.get("log.refused", "client", UntrustedText.visible(String.valueOf(client)), "max", limits.connections()));
    }

    // --- SessionHooks ------------------------------------------------------------------------------------

    @Override
    public Optional<Reply> beforeCommand(long session, Command command) {
        LiveSession current = live.get(session);
        if (current == null) {
            return Optional.empty();
        }
        if (identifyByEhlo && current.student().isEmpty()
                && (command.verb() == Verb.EHLO || command.verb() == Verb.HELO)) {
            roster.find(command.argument().strip()).ifPresent(student -> identify(current, student, "ehlo"));
        }
        if (current.refusal().isPresent()) {
            return Optional.of(Reply.of(421, "4.7.0", Words.get("reply.too-many-connections",
                    "host", "mail." + domain, "id", current.student().map(s -> s.student.id()).orElse("?"))));
        }
        if (command.verb() == Verb.HELP && command.argument().strip().equalsIgnoreCase("EXERCISE")) {
            return Optional.of(exerciseHelp(current));
        }
        if (command.verb() == Verb.MAIL) {
            Instant now = clock.instant();
            Optional<StudentState> student = current.student();
            if (student.isPresent() && !student.get().mayStartMessage(now, limits.messagesPerMinute())) {
                limit(current, Words.get("limit.student-rate", "max", limits.messagesPerMinute()));
                return Optional.of(Reply.of(452, "4.5.3", Words.get("reply.too-many-messages",
                        "id", student.get().student.id(), "max", limits.messagesPerMinute())));
            }
            if (!classWide.mayStart(now, limits.classMessagesPerMinute())) {
                limit(current, Words.get("limit.class-rate", "max", limits.classMessagesPerMinute()));
                return Optional.of(Reply.of(452, "4.5.3", Words.get("reply.class-busy")));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code HELP EXERCISE}: the classroom says it is one, and what the student's current task is (the
     * first exercise not yet complete) with each criterion met or not. The tutor's {@code /exercise}
     * asks this; telnet users can too. RFC 5321 §4.1.1.8: HELP may take an argument; 214 is its reply.
     */
    private Reply exerciseHelp(LiveSession session) {
        List<String> lines = new ArrayList<>();
        lines.add("2.0.0 " + Words.wire("help.classroom"));
        Optional<StudentState> student = session.student();
        if (student.isEmpty()) {
            lines.add("2.0.0 " + Words.wire("help.log-in"));
            return new Reply(214, lines);
        }
        List<ExerciseResult> results = student.get().results();
        Optional<ExerciseResult> current = results.stream().filter(r -> !r.complete()).findFirst();
        if (current.isEmpty()) {
            lines.add("2.0.0 " + Words.wire("help.all-done", "id", student.get().student.id()));
            return new Reply(214, lines);
        }
        ExerciseResult result = current.get();
        // The wire carries the exercise's English words whatever language the server speaks; the tutor's
        // /exercise shows them in the learner's language from its own copy of the exercises.
        Exercise words = judge.exercises().english(result.exercise().number()).orElse(result.exercise());
        lines.add("2.0.0 " + Words.wire("help.exercise", "n", result.exercise().number(), "title", words.title(),
                "points", GradeReport.points(result.points()), "of", GradeReport.points(result.exercise().points())));
        for (String line : ExerciseHelp.wireTask(words)) { // the lines the tutor's /exercise reads back
            lines.add("2.0.0 " + ExerciseHelp.TASK_INDENT + line);
        }
        for (int i = 0; i < result.criteria().size(); i++) {
            lines.add("2.0.0 " + (result.criteria().get(i).met() ? ExerciseHelp.MET : ExerciseHelp.NOT_MET)
                    + result.exercise().criteria().get(i).wireLabel());
        }
        return new Reply(214, lines.stream().map(WireText::ascii).toList());
    }

    // --- DeliverySink ------------------------------------------------------------------------------------

    @Override
    public Optional<String> deliver(StoredMessage message, Set<String> mailboxes) throws IOException {
        return deliver(0, message, mailboxes);
    }

    /** The Maildirs under --data are where the class's mail lives; the simulator keeps no copy. */
    @Override
    public boolean keepsTheMail() {
        return true;
    }

    @Override
    public Optional<String> deliver(long session, StoredMessage message, Set<String> mailboxes) throws IOException {
        LiveSession current = live.get(session);
        byte[] content = message.content();
        Instant now = message.receivedAt();
        List<String> files = new ArrayList<>();
        List<String> boxes = new ArrayList<>();
        for (String mailbox : mailboxes) {
            String local = mailbox.substring(0, mailbox.lastIndexOf('@'));
            if (Student.validId(local)) {
                boxes.add(local);
            }
        }
        files.addAll(maildir.deliver(boxes, content, now)); // one journal commit for all recipients
        classWide.count(now);
        if (current == null) {
            return Optional.empty();
        }
        current.student().ifPresent(s -> s.countMessage(now));
        Entry stored = Entry.message(now.toString(), message.id(), boxes, files);
        current.transcript.append(stored); // before the 250: a grade never counts a message it cannot find
        current.add(stored);
        notifyEntry(current, stored);
        if (current.student().isEmpty()) {
            log(Words.get("log.message-anonymous", "session", session, "id", message.id()));
            return Optional.of(Words.wire("feedback.not-identified"));
        }
        StudentState student = current.student().get();
        List<Entry> sessionSoFar = new ArrayList<>(current.entries());
        sessionSoFar.add(finalReply(current, now));
        Attempt attempt = new Attempt(student.student.id(), domain, sessionSoFar, student.temporaryFailures(), content);
        ExerciseJudge.Counted counted;
        synchronized (student) { // two sessions of one student must not both start from the same results
            counted = judge.withAttempt(student.results(), attempt);
            student.delivered(counted.results());
        }
        changed(student);
        String feedback = Feedback.of(counted);
        log(Words.get("log.message", "id", student.student.id(), "queue", message.id(), "feedback", feedback));
        return Optional.of(feedback);
    }

    /** The 250 about to be sent, as the entry it will become: the attempt's last line while judging. */
    private static Entry finalReply(LiveSession session, Instant now) {
        String line = session.lastReceived();
        boolean bdat = line.regionMatches(true, 0, "BDAT", 0, 4);
        return new Entry(now.toString(), bdat ? Entry.COMMAND : Entry.MESSAGE_TEXT, List.of(bdat ? line : "."),
                List.of("250 2.0.0 Ok"), 250, bdat ? "RCPT" : "DATA", "GREETED", session.tls(), null, null, null,
                null, null, null);
    }

    // --- identification and limits -----------------------------------------------------------------------

    private void identify(LiveSession session, Student student, String how) {
        StudentState state = students.get(student.id());
        session.identify(state);
        int open = state.opened(session.id);
        try {
            session.transcript.moveTo(data.sessions(student.id()));
        } catch (IOException e) {
            log(Words.get("log.transcript-failed", "session", session.id, "why", UntrustedText.visible(String.valueOf(e.getMessage()))));
        }
        record(session, Entry.identified(clock.instant().toString(), student.id(), how));
        log(Words.get("log.identified", "session", session.id, "id", student.id(), "how", how));
        if (open > limits.connectionsPerStudent()) {
            session.refuse("connections");
            limit(session, Words.get("limit.connections", "max", limits.connectionsPerStudent()));
        }
        changed(state);
    }

    private void limit(LiveSession session, String what) {
        record(session, Entry.event(clock.instant().toString(), Entry.LIMIT, what));
        log(Words.get("log.limit", "who", who(session), "what", what));
    }

    private String who(LiveSession session) {
        return session.student().map(s -> s.student.id()).orElse("#" + session.id);
    }

    private void record(LiveSession session, Entry entry) {
        try {
            session.transcript.append(entry);
        } catch (IOException e) {
            log(Words.get("log.transcript-failed", "session", session.id, "why", UntrustedText.visible(String.valueOf(e.getMessage()))));
        }
        session.add(entry);
        notifyEntry(session, entry);
    }

    private void notifyEntry(LiveSession session, Entry entry) {
        String student = session.student().map(s -> s.student.id()).orElse("");
        for (ClassListener listener : listeners) {
            listener.entryAdded(student, session.id, entry);
        }
    }

    private void changed(StudentState student) {
        if (listeners.isEmpty()) {
            return;
        }
        StudentSnapshot snapshot = student.snapshot();
        for (ClassListener listener : listeners) {
            listener.studentChanged(snapshot);
        }
    }

    void log(String line) {
        for (ClassListener listener : listeners) {
            listener.logged(line);
        }
    }
}
