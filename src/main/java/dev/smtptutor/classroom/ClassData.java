package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layout of a classroom's {@code --data DIR}: {@code roster.csv} (a copy),
 * {@code mail/ID/{tmp,new,cur}} (Maildir), {@code sessions/ID/*.jsonl} (transcripts), and
 * {@code sessions/-/} for sessions that never said who they are.
 */
public final class ClassData {

    /** Sessions nobody identified; '-' can never be a student's id. */
    static final String NOBODY = "-";

    private final Path root;

    private ClassData(Path root) {
        this.root = root;
    }

    /** Opens (and creates, 0700) the data folder for a server. */
    public static ClassData create(Path root) throws IOException {
        Private.folder(root);
        Private.folder(root.resolve("mail"));
        Private.folder(root.resolve("sessions"));
        return new ClassData(root);
    }

    /** Opens an existing data folder for reading (grades); never creates anything. */
    public static ClassData existing(Path root) throws IOException {
        if (!Files.isDirectory(root.resolve("sessions"))) {
            throw new IOException(Words.get("data.not-a-class", "dir", root));
        }
        return new ClassData(root);
    }

    public Path root() {
        return root;
    }

    public Path rosterCopy() {
        return root.resolve("roster.csv");
    }

    Path mailbox(String id) {
        return root.resolve("mail").resolve(id);
    }

    Path sessions(String id) {
        return root.resolve("sessions").resolve(id);
    }

    /** A student's transcripts, oldest first (their names begin with the time they started). */
    List<Path> transcriptsOf(String id) throws IOException {
        Path folder = sessions(id);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList());
        }
    }

    /** A file named in a transcript, resolved inside this folder only (never "../"). */
    Path inside(String relative) throws IOException {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw new IOException(Words.get("data.outside", "path", UntrustedText.visible(relative)));
        }
        return resolved;
    }
}
