package dev.smtptutor.classroom;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Verb;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything about one student that the web pages and the HTML report show, read from the data
 * folder: their sessions line by line, their graded exercises, and the messages they sent and
 * received. Read whole lines only, so it is safe while the class runs. (Added for the web board:
 * the rest of the package keeps its history types to itself.)
 *
 * @param sessions the transcripts, oldest first
 * @param sent     the messages the server accepted from the student, in order
 * @param received the messages in the student's own Maildir
 */
public record StudentRecord(Student student, List<ExerciseResult> results, BigDecimal total,
                            List<Transcript> sessions, List<Message> sent, List<Message> received) {

    /** Messages shown are capped; a class's messages are small, an attack's are not. */
    static final int MAX_SHOWN_BYTES = 1024 * 1024;
    /** At most this many received messages are listed (the newest). */
    static final int MAX_RECEIVED = 200;

    /** One session's transcript file (relative to the data folder) and its entries. */
    public record Transcript(String file, List<Entry> entries) {
        public Transcript {
            entries = List.copyOf(entries);
        }
    }

    /** A message: its queue id or file name, when, the envelope, its bytes (capped). */
    public record Message(String id, Instant at, String mailFrom, List<String> rcptTo, byte[] content) {
        public Message {
            rcptTo = List.copyOf(rcptTo);
        }
    }

    public StudentRecord {
        results = List.copyOf(results);
        sessions = List.copyOf(sessions);
        sent = List.copyOf(sent);
        received = List.copyOf(received);
    }

    public static StudentRecord read(ClassData data, Student student, Exercises exercises) throws IOException {
        StudentHistory history = StudentHistory.read(data, student.id(), ClassroomServer.DOMAIN);
        List<ExerciseResult> results = new ExerciseJudge(exercises).results(history.attempts());
        BigDecimal total = results.stream().map(ExerciseResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Transcript> transcripts = new ArrayList<>();
        List<Message> sent = new ArrayList<>();
        for (StudentHistory.Session session : history.sessions()) {
            transcripts.add(new Transcript(session.file(), session.entries()));
            sent.addAll(sentIn(data, session.entries()));
        }
        return new StudentRecord(student, results, total, transcripts, sent, received(data, student.id()));
    }

    private static List<Message> sentIn(ClassData data, List<Entry> entries) throws IOException {
        List<Message> out = new ArrayList<>();
        String mailFrom = "";
        List<String> rcptTo = new ArrayList<>();
        for (Entry entry : entries) {
            Verb verb = entry.command().map(Command::verb).orElse(null);
            if (verb == Verb.MAIL && entry.replyCode() == 250) {
                mailFrom = entry.command().map(Command::argument).map(StudentRecord::path).orElse("");
                rcptTo = new ArrayList<>();
            } else if (verb == Verb.RCPT && entry.replyCode() == 250) {
                rcptTo.add(entry.command().map(Command::argument).map(StudentRecord::path).orElse(""));
            } else if (entry.is(Entry.MESSAGE) && entry.files() != null && !entry.files().isEmpty()) {
                out.add(new Message(entry.how() == null ? "" : entry.how(), instant(entry.at()), mailFrom, rcptTo,
                        content(data.inside(entry.files().get(0)))));
            }
        }
        return out;
    }

    /** "FROM:<a@b> SIZE=12" → "a@b". */
    private static String path(String argument) {
        int open = argument.indexOf('<');
        int close = argument.indexOf('>', open + 1);
        return open >= 0 && close > open ? argument.substring(open + 1, close) : argument.strip();
    }

    private static List<Message> received(ClassData data, String id) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("new", "cur")) {
            Path dir = data.mailbox(id).resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        // Maildir names begin with the delivery time in seconds: sorting by name is sorting by time.
        files.sort(java.util.Comparator.comparing(p -> p.getFileName().toString()));
        List<Path> newest = files.subList(Math.max(0, files.size() - MAX_RECEIVED), files.size());
        List<Message> out = new ArrayList<>();
        for (Path file : newest) {
            out.add(new Message(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant(), "",
                    List.of(id + "@" + ClassroomServer.DOMAIN), content(file)));
        }
        return out;
    }

    private static byte[] content(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_SHOWN_BYTES);
        }
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }
}
