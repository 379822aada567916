package dev.smtptutor.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's sessions as written under {@code --data}, read back: the transcripts and every accepted
 * message as an {@link Attempt}. What the grades and a restarted server are made from.
 */
public record StudentHistory(String student, List<Session> sessions, List<Attempt> attempts) {

    /** One transcript file and its entries. */
    public record Session(String file, List<Entry> entries) {}

    /** Messages are capped for judging: headers and body text of any exercise fit well inside. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    static StudentHistory read(ClassData data, String student, String domain) throws IOException {
        List<Session> sessions = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        List<Entry> earlier = new ArrayList<>();
        for (Path file : data.transcriptsOf(student)) {
            List<Entry> entries = TranscriptReader.read(file);
            sessions.add(new Session(data.root().relativize(file).toString(), entries));
            for (int i = 0; i < entries.size(); i++) {
                if (!entries.get(i).is(Entry.MESSAGE)) {
                    continue;
                }
                int reply = finalReply(entries, i);
                if (reply < 0) {
                    continue; // the server died before the 250: the student was never told it was accepted
                }
                byte[] content = content(data, entries.get(i));
                attempts.add(new Attempt(student, domain, List.copyOf(entries.subList(0, reply + 1)),
                        List.copyOf(earlier), content));
            }
            entries.stream().filter(e -> e.replyCode() >= 400 && e.replyCode() < 500).forEach(earlier::add);
        }
        return new StudentHistory(student, sessions, attempts);
    }

    /** The exchange after a message entry that carries its 250: the final dot's, or BDAT LAST's. */
    private static int finalReply(List<Entry> entries, int message) {
        for (int j = message + 1; j < entries.size(); j++) {
            if (entries.get(j).code() != null) {
                return entries.get(j).replyCode() == 250 ? j : -1;
            }
        }
        return -1;
    }

    private static byte[] content(ClassData data, Entry message) throws IOException {
        if (message.files() == null || message.files().isEmpty()) {
            return new byte[0];
        }
        Path file = data.inside(message.files().get(0));
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_MESSAGE_BYTES);
        }
    }

    long delivered() {
        return attempts.size();
    }

    long errors() {
        return sessions.stream().flatMap(s -> s.entries().stream()).filter(e -> e.replyCode() >= 400).count();
    }
}
