package dev.smtptutor.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The durable copy of every accepted message, written with true group commit: one thread appends the
 * records of every message waiting at that moment to one append-only file and calls
 * {@link FileChannel#force} once for all of them, then releases their sessions. The Maildir files are
 * written afterwards without an fsync each; a segment of the journal is deleted only once every message
 * in it has been written to its Maildir and those files and folders have been fsynced (in the
 * background, once per segment). On startup {@link #recover} replays what is left, idempotently.
 *
 * <p>A record is {@code [int length][int CRC32 of payload][payload]}, the payload
 * {@code [short n][mailbox][short n][file name][message bytes]}. A torn or corrupt record ends the
 * reading of a segment: it was never acknowledged, so it is never read as data.
 */
final class Journal implements AutoCloseable {

    /** One message for one mailbox: the Maildir file name is chosen before it is journaled. */
    record Record(String mailbox, String name, byte[] content) {}

    /** Writes a record into its Maildir (idempotently) and returns the file, for the checkpoint's fsync. */
    interface Materialiser {
        Path write(Record record) throws IOException;
    }

    /** A journal file; deleted once every record in it is in a Maildir on disk. */
    static final class Segment {
        private final Path path;
        private final FileChannel channel;
        private long size;
        private volatile long filledAt;             // System.nanoTime() when it went to the checkpointer
        private int pending;                        // guarded by this
        private boolean failed;                     // guarded by this
        private final List<Path> written = new ArrayList<>(); // guarded by this

        private Segment(Path path) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    Private.fileAttributes());
            // Written full of zeros and fsynced once, before any record: each commit's fdatasync then
            // only writes data blocks, never the file's size or its block map, which on ext4 or XFS
            // would cost a metadata journal commit per batch (the trick databases use for their logs).
            // Zeros read back as a record of length 0, which ends the reading like a torn tail.
            ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
            for (long at = 0; at < SEGMENT_BYTES; at += zeros.capacity()) {
                zeros.clear();
                while (zeros.hasRemaining()) {
                    channel.write(zeros, at + zeros.position());
                }
            }
            channel.force(true);
        }

        /** The session wrote a journaled record to its Maildir. */
        synchronized void written(Path file) {
            written.add(file);
            pending--;
            notifyAll();
        }

        /** The session could not: keep the segment, the next start replays it. */
        synchronized void failed() {
            failed = true;
            pending--;
            notifyAll();
        }

        private synchronized List<Path> awaitMaterialised() throws InterruptedException {
            while (pending > 0) {
                wait();
            }
            return failed ? null : List.copyOf(written);
        }
    }

    private record Pending(List<Record> records, CompletableFuture<Segment> done) {}

    private static final Pending STOP = new Pending(List.of(), null);
    static final String PREFIX = "journal.";
    /** Bytes after which the writer starts a new segment and the old one is checkpointed. */
    private static final long SEGMENT_BYTES = 4L << 20;
    /** No record is larger than a message could be; a bigger length is a corrupt one. */
    private static final int MAX_RECORD = 256 << 20;

    private final Path folder;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final BlockingQueue<Segment> full = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Thread checkpointer;
    /** The next segment, zero-filled in the background so the writer never waits for one. */
    private final BlockingQueue<CompletableFuture<Segment>> spare = new LinkedBlockingQueue<>();
    private Segment current;
    private volatile Segment last; // set by the writer when it stops
    private boolean closing;        // guarded by closingLock
    private final Object closingLock = new Object();
    /** Longer than Linux's dirty_expire (30 s): by then the kernel has written the files back itself. */
    private static final long CHECKPOINT_DELAY_NANOS = 35_000_000_000L;
    private boolean closed;         // guarded by queue
    private long sequence;

    private Journal(Path folder, long sequence) throws IOException {
        this.folder = folder;
        this.sequence = sequence;
        this.current = newSegment();
        writer = new Thread(this::write, "classroom-journal");
        writer.setDaemon(true);
        checkpointer = new Thread(this::checkpoints, "classroom-journal-checkpoint");
        checkpointer.setDaemon(true);
        writer.start();
        checkpointer.start();
    }

    /** Replays every segment left in {@code folder} into the Maildirs, then opens a fresh journal. */
    static Journal recover(Path folder, Materialiser maildir) throws IOException {
        Private.folder(folder);
        long last = 0;
        for (Path segment : segments(folder)) {
            last = Math.max(last, number(segment));
            Set<Path> files = new LinkedHashSet<>();
            for (Record record : read(segment)) {
                files.add(maildir.write(record));
            }
            syncAll(files);
            Files.delete(segment);
        }
        FolderSync.sync(folder);
        return new Journal(folder, last);
    }

    /** Journals the records and returns, once they are on disk, the segment to report their writing to. */
    Segment append(List<Record> records) throws IOException {
        CompletableFuture<Segment> done = new CompletableFuture<>();
        synchronized (queue) {
            if (closed) {
                throw new IOException(Words.get("data.journal-closed"));
            }
            queue.add(new Pending(records, done));
        }
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            boolean stop;
            synchronized (queue) {
                queue.drainTo(batch);
                stop = batch.remove(STOP);
                closed = stop; // nothing joins the queue after this batch
            }
            commit(batch);
            batch.clear();
            if (stop) {
                last = current;
                retire(current);
                return;
            }
        }
    }

    private void commit(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Segment segment = current;
        try {
            int records = 0;
            List<ByteBuffer> buffers = new ArrayList<>();
            for (Pending pending : batch) {
                for (Record record : pending.records) {
                    buffers.add(encode(record));
                    records++;
                }
            }
            ByteBuffer[] all = buffers.toArray(ByteBuffer[]::new);
            long remaining = buffers.stream().mapToLong(ByteBuffer::remaining).sum();
            while (remaining > 0) {
                remaining -= segment.channel.write(all);
            }
            segment.channel.force(false); // the one fsync for every message in the batch
            segment.size = segment.channel.position();
            synchronized (segment) {
                segment.pending += records;
            }
            for (Pending pending : batch) {
                pending.done.complete(segment);
            }
        } catch (IOException e) {
            batch.forEach(p -> p.done.completeExceptionally(new UncheckedIOException(e)));
            return;
        }
        if (segment.size >= SEGMENT_BYTES / 2) {
            prepareSpare(); // half full: zero-fill the next one meanwhile
        }
        if (segment.size >= SEGMENT_BYTES) {
            try {
                current = spare.take().join();
                retire(segment);
            } catch (CompletionException | InterruptedException e) {
                // keep appending to the full segment; it is checkpointed at close or replayed at start
            }
        }
    }

    /** Hands a segment no more records go to over to the checkpointer, noting when. */
    private void retire(Segment segment) {
        segment.filledAt = System.nanoTime();
        full.add(segment);
    }

    private Segment newSegment() throws IOException {
        long number;
        synchronized (spare) {
            number = ++sequence;
        }
        Segment segment = new Segment(folder.resolve(PREFIX + String.format("%012d", number)));
        FolderSync.sync(folder); // the segment's name must outlive a crash too
        return segment;
    }

    /** Starts zero-filling the next segment, unless one is waiting already. */
    private void prepareSpare() {
        if (!spare.isEmpty()) {
            return;
        }
        // Only the writer thread calls this, so no second spare can be started in between.
        spare.add(CompletableFuture.supplyAsync(() -> {
            try {
                return newSegment();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * Lets the kernel write a full segment's Maildir files back on its own before they are fsynced: an
     * fsync of thousands of freshly written files at once would hold up the journal's own fsyncs (ext4
     * commits its journal for each), so the replies of a busy class would wait seconds. After the delay
     * the fsyncs find little or nothing left to write. A clean stop checkpoints at once.
     */
    private void awaitWriteback(Segment segment) throws InterruptedException {
        long until = segment.filledAt + CHECKPOINT_DELAY_NANOS;
        synchronized (closingLock) {
            long left;
            while (!closing && (left = until - System.nanoTime()) > 0) {
                closingLock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void checkpoints() {
        while (true) {
            Segment segment;
            try {
                segment = full.take();
                awaitWriteback(segment);
                checkpoint(segment);
            } catch (InterruptedException e) {
                return;
            }
            if (segment == last) {
                return; // the last segment, at close
            }
        }
    }

    private void checkpoint(Segment segment) throws InterruptedException {
        List<Path> files = segment.awaitMaterialised();
        try {
            segment.channel.close();
            if (files != null) {
                syncAll(files);
                Files.delete(segment.path);
                FolderSync.sync(folder);
            }
        } catch (IOException e) {
            // the segment stays and is replayed at the next start: nothing is lost, only redone
        }
    }

    /** fsync each file, then each folder once: after that, the journal's copy is no longer needed. */
    private static void syncAll(Iterable<Path> files) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            }
            folders.add(file.getParent());
        }
        for (Path f : folders) {
            FolderSync.sync(f);
        }
    }

    static ByteBuffer encode(Record record) {
        byte[] mailbox = record.mailbox.getBytes(StandardCharsets.UTF_8);
        byte[] name = record.name.getBytes(StandardCharsets.UTF_8);
        int length = 2 + mailbox.length + 2 + name.length + record.content.length;
        ByteBuffer buffer = ByteBuffer.allocate(8 + length);
        buffer.putInt(length).putInt(0);
        buffer.putShort((short) mailbox.length).put(mailbox).putShort((short) name.length).put(name).put(record.content);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 8, length);
        buffer.putInt(4, (int) crc.getValue());
        return buffer.flip();
    }

    /** The whole records of a segment, in order; reading stops at the first torn or corrupt one. */
    static List<Record> read(Path segment) throws IOException {
        byte[] bytes = Files.readAllBytes(segment);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<Record> records = new ArrayList<>();
        while (in.remaining() >= 8) {
            int length = in.getInt();
            int expected = in.getInt();
            if (length < 4 || length > MAX_RECORD || length > in.remaining()) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, in.position(), length);
            if ((int) crc.getValue() != expected) {
                break;
            }
            ByteBuffer payload = in.slice(in.position(), length);
            in.position(in.position() + length);
            Record record = decode(payload);
            if (record == null) {
                break;
            }
            records.add(record);
        }
        return records;
    }

    private static Record decode(ByteBuffer payload) {
        String mailbox = text(payload);
        String name = mailbox == null ? null : text(payload);
        if (name == null || !Student.validId(mailbox)
                || name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            return null;
        }
        byte[] content = new byte[payload.remaining()];
        payload.get(content);
        return new Record(mailbox, name, content);
    }

    private static String text(ByteBuffer payload) {
        if (payload.remaining() < 2) {
            return null;
        }
        int n = Short.toUnsignedInt(payload.getShort());
        if (n > payload.remaining()) {
            return null;
        }
        byte[] bytes = new byte[n];
        payload.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<Path> segments(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("journal\\.\\d{12}"))
                    .sorted().toList();
        }
    }

    private static long number(Path segment) {
        return Long.parseLong(segment.getFileName().toString().substring(PREFIX.length()));
    }

    /** Journals what is waiting, then checkpoints every segment: a clean stop leaves no journal behind. */
    @Override
    public void close() {
        synchronized (closingLock) {
            closing = true;
            closingLock.notifyAll();
        }
        queue.add(STOP);
        try {
            writer.join(10_000);
            checkpointer.join(30_000);
            for (CompletableFuture<Segment> next : spare) {
                Segment unused = next.join(); // holds no record: nothing to replay
                unused.channel.close();
                Files.deleteIfExists(unused.path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CompletionException | IOException e) {
            // an empty segment left behind reads as no records at the next start
        }
    }
}
