package dev.smtptutor.classroom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers into Maildirs the way qmail and Postfix do (maildir(5)): write the file in {@code tmp/},
 * rename it into {@code new/}, so a reader never sees a half-written message. Durability comes from
 * the {@link Journal}: the message is journaled (one fsync for every message waiting at that moment)
 * before its file is written, so once {@link #deliver} returns it survives a crash, and the file
 * itself needs no fsync of its own. The journal's checkpoint fsyncs files and folders later, in bulk.
 */
final class Maildir implements AutoCloseable {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private final ClassData data;
    private final String host;
    private final Journal journal;
    /** Mailboxes whose tmp/, new/ and cur/ exist: checked once, not for every message. */
    private final Set<String> ready = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Opens the Maildirs under {@code data}, first replaying any journal a crash left behind. */
    Maildir(ClassData data, String host) throws IOException {
        this.data = data;
        this.host = host.replace('/', '_').replace(':', '_');
        this.journal = Journal.recover(data.journal(), this::replay);
    }

    /** Writes the message byte for byte to each mailbox; returns its paths relative to the data folder. */
    List<String> deliver(List<String> mailboxes, byte[] content, Instant at) throws IOException {
        List<Journal.Record> records = new ArrayList<>();
        for (String mailbox : mailboxes) {
            // maildir(5): unique name from time, process id and a counter.
            String name = at.getEpochSecond() + ".M" + at.getNano() / 1000 + "P" + PID + "Q" + COUNTER.incrementAndGet()
                    + "." + host;
            records.add(new Journal.Record(mailbox, name, content));
        }
        if (records.isEmpty()) {
            return List.of();
        }
        Journal.Segment segment = journal.append(records);
        List<String> files = new ArrayList<>();
        IOException failed = null;
        for (Journal.Record record : records) {
            try {
                Path file = write(record, false);
                segment.written(file);
                files.add(data.root().relativize(file).toString());
            } catch (IOException e) {
                segment.failed(); // durable in the journal all the same: the next start writes it
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return files;
    }

    /** A record from a crash's journal: written unless it is already in new/ or cur/ (idempotent). */
    Path replay(Journal.Record record) throws IOException {
        return write(record, true);
    }

    /**
     * tmp/ then rename into new/. A fresh message's name is new by construction (time, process id,
     * counter), so only a replay looks for an earlier copy or a half-written leftover in tmp/.
     */
    private Path write(Journal.Record record, boolean replay) throws IOException {
        Path box = data.mailbox(record.mailbox());
        Path tmp = box.resolve("tmp");
        Path fresh = box.resolve("new");
        Path cur = box.resolve("cur");
        if (!ready.contains(record.mailbox())) {
            Private.folder(tmp);
            Private.folder(fresh);
            Private.folder(cur);
            ready.add(record.mailbox());
        }
        Path target = fresh.resolve(record.name());
        Path file = tmp.resolve(record.name());
        if (replay) {
            if (Files.exists(target)) {
                return target;
            }
            Path seen = inCur(cur, record.name());
            if (seen != null) {
                return seen;
            }
            Files.deleteIfExists(file); // a half-written leftover of a crash
        }
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                Private.fileAttributes())) {
            ByteBuffer buffer = ByteBuffer.wrap(record.content());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (FileAlreadyExistsException raced) {
            throw raced;
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** maildir(5): a message a reader has seen moves to cur/ as NAME:2,FLAGS. */
    private static Path inCur(Path cur, String name) throws IOException {
        try (DirectoryStream<Path> seen = Files.newDirectoryStream(cur, name + ":*")) {
            for (Path file : seen) {
                return file;
            }
        }
        return null;
    }

    /** Journals nothing more; checkpoints so a clean stop leaves no journal to replay. */
    @Override
    public void close() {
        journal.close();
    }
}
