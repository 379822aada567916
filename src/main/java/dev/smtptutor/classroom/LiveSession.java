package dev.smtptutor.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One open connection as the classroom sees it; used on its session thread, read by boards. */
final class LiveSession {

    /** Lines of message text kept per message in a transcript; the message itself is in the Maildir. */
    static final int TEXT_LINES_KEPT = 50;

    final long id;
    final String client;
    final TranscriptFile transcript;
    private final List<Entry> entries = new ArrayList<>();
    private volatile StudentState student;
    private volatile boolean tls;
    private volatile String refusal;
    private int textLines;
    private volatile String lastReceived = "";

    LiveSession(long id, String client, TranscriptFile transcript) {
        this.id = id;
        this.client = client;
        this.transcript = transcript;
    }

    void received(String line) {
        lastReceived = line;
    }

    String lastReceived() {
        return lastReceived;
    }

    Optional<StudentState> student() {
        return Optional.ofNullable(student);
    }

    void identify(StudentState value) {
        student = value;
    }

    boolean tls() {
        return tls;
    }

    void tlsStarted() {
        tls = true;
    }

    /** Set when the session went over a limit at identification: its next command gets this 421. */
    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    void refuse(String limit) {
        refusal = limit;
    }

    /** False for message text past the lines kept; true for everything else. */
    synchronized boolean keep(Entry entry) {
        if (entry.is(Entry.MESSAGE_TEXT)) {
            return ++textLines <= TEXT_LINES_KEPT;
        }
        if (entry.code() != null) {
            textLines = 0;
        }
        return true;
    }

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
