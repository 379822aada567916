package dev.smtptutor.classroom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers into Maildirs the way qmail and Postfix do (maildir(5)): write the file in {@code tmp/},
 * fsync it, rename it into {@code new/}, fsync the folder. A reader never sees a half-written
 * message, and once {@link #deliver} returns the message survives a crash.
 */
final class Maildir {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private final ClassData data;
    private final GroupCommit commit;
    private final String host;

    Maildir(ClassData data, GroupCommit commit, String host) {
        this.data = data;
        this.commit = commit;
        this.host = host.replace('/', '_').replace(':', '_');
    }

    /** Writes the message byte for byte; returns its path relative to the data folder. */
    String deliver(String mailbox, byte[] content, Instant at) throws IOException {
        Path box = data.mailbox(mailbox);
        Path tmp = box.resolve("tmp");
        Path fresh = box.resolve("new");
        if (!Files.isDirectory(fresh)) {
            Private.folder(tmp);
            Private.folder(fresh);
            Private.folder(box.resolve("cur"));
        }
        // maildir(5): unique name from time, process id and a counter.
        String name = at.getEpochSecond() + ".M" + at.getNano() / 1000 + "P" + PID + "Q" + COUNTER.incrementAndGet()
                + "." + host;
        Path file = tmp.resolve(name);
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                Private.fileAttributes())) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Path target = fresh.resolve(name);
        commit.rename(file, target);
        return data.root().relativize(target).toString();
    }
}
