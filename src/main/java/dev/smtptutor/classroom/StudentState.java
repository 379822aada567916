package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** What the running server knows of one student; guarded by its own monitor. */
final class StudentState {

    final Student student;
    private int sessions;
    private String state = "";
    private String lastCommand = "";
    private String lastReply = "";
    private int lastCode;
    private long errors;
    private long delivered;
    private List<ExerciseResult> results;
    /** 4xx replies seen in earlier sessions: what "retried after a 451" looks back at. */
    private final List<Entry> temporaryFailures = new ArrayList<>();
    private final Deque<Instant> recentMessages = new ArrayDeque<>();
    private long latestSession;

    StudentState(Student student, StudentHistory history, ExerciseJudge judge) {
        this.student = student;
        this.results = judge.results(history.attempts());
        this.delivered = history.delivered();
        this.errors = history.errors();
        history.sessions().forEach(s -> s.entries().stream().filter(e -> e.replyCode() / 100 == 4)
                .forEach(temporaryFailures::add));
    }

    synchronized int opened(long session) {
        latestSession = session;
        return ++sessions;
    }

    synchronized void closed() {
        sessions = Math.max(0, sessions - 1);
    }

    synchronized int sessions() {
        return sessions;
    }

    synchronized long latestSession() {
        return latestSession;
    }

    synchronized void exchanged(Entry entry) {
        state = entry.after() == null ? state : entry.after();
        if (entry.is(Entry.COMMAND) && entry.sent() != null) {
            lastCommand = UntrustedText.visible(entry.sent().get(0));
        }
        if (entry.reply() != null && !entry.reply().isEmpty()) {
            lastReply = UntrustedText.visible(entry.reply().get(0));
            lastCode = entry.replyCode();
        }
        if (entry.replyCode() >= 400) {
            errors++;
        }
    }

    synchronized List<Entry> temporaryFailures() {
        return List.copyOf(temporaryFailures);
    }

    synchronized void sessionEnded(List<Entry> entries) {
        entries.stream().filter(e -> e.replyCode() / 100 == 4).forEach(temporaryFailures::add);
    }

    /** False when the messages accepted in the last minute already reach the limit (checked at MAIL). */
    synchronized boolean mayStartMessage(Instant now, int perMinute) {
        while (!recentMessages.isEmpty() && recentMessages.peekFirst().isBefore(now.minusSeconds(60))) {
            recentMessages.removeFirst();
        }
        return recentMessages.size() < perMinute;
    }

    /** An accepted message, for the per-minute limit. */
    synchronized void countMessage(Instant at) {
        recentMessages.addLast(at);
    }

    synchronized List<ExerciseResult> results() {
        return results;
    }

    synchronized void delivered(List<ExerciseResult> updated) {
        delivered++;
        results = updated;
    }

    synchronized StudentSnapshot snapshot() {
        BigDecimal points = results.stream().map(ExerciseResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new StudentSnapshot(student.id(), student.name(), sessions, state, lastCommand, lastReply, lastCode,
                errors, delivered, points, results);
    }
}
