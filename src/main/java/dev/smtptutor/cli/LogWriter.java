package dev.smtptutor.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes the lines of {@code serve}'s log, which many session threads produce at once, through one
 * writer thread. A session thread only encodes its line and puts it on a lock-free queue, so session
 * threads never wait for each other or for the terminal; the writer wakes at the first line, lets more
 * arrive for at most {@link #LINGER} (or until {@link #BATCH_BYTES} are waiting), then writes them all
 * with one system call. So a busy server writes a few hundred large batches a second instead of a flush
 * per line under one lock (which cost the simulator half its speed), and a teacher watching a terminal
 * still sees every line within milliseconds. {@link #close()} writes everything still queued; the
 * shutdown hook calls it last, so Ctrl-C and SIGTERM lose no line that was logged.
 */
public final class LogWriter implements AutoCloseable {

    /** A writer stuck behind a paused terminal must not let the log eat the heap: producers wait. */
    private static final long MAX_QUEUED_BYTES = 8 << 20;
    /** Enough lines to make one write worth its system call. */
    private static final int BATCH_BYTES = 64 << 10;
    /** Longest a line waits for others to share its write: far below what a person notices. */
    private static final Duration LINGER = Duration.ofMillis(2);
    private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final Charset charset;
    private final ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final Thread writer;
    private final Object directWrites = new Object();
    private volatile boolean writerIdle;
    private volatile boolean closed;
    private volatile boolean failed;

    /** @param out written only by this writer from now on (not buffered: every batch is one write) */
    public LogWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
        this.writer = new Thread(this::drain, "serve-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** The process's standard output, in the encoding {@code System.out} uses. */
    static LogWriter standardOutput() {
        System.out.flush();
        String encoding = System.getProperty("sun.stdout.encoding", System.getProperty("stdout.encoding"));
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return new LogWriter(new FileOutputStream(FileDescriptor.out), charset);
    }

    /** Appends one line; a line end is added. After {@link #close()} the line is written at once. */
    public void line(String text) {
        byte[] encoded = text.getBytes(charset);
        byte[] line = new byte[encoded.length + LINE_END.length];
        System.arraycopy(encoded, 0, line, 0, encoded.length);
        System.arraycopy(LINE_END, 0, line, encoded.length, LINE_END.length);
        if (closed) {
            synchronized (directWrites) {
                write(line, line.length);
            }
            return;
        }
        while (queuedBytes.get() > MAX_QUEUED_BYTES && !closed && writer.isAlive()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // the writer is behind (a paused terminal)
        }
        queue.add(line);
        long waiting = queuedBytes.addAndGet(line.length);
        if (closed) {
            writeQueued(); // closed meanwhile: the writer may have ended before it saw this line
        } else if (writerIdle || waiting >= BATCH_BYTES) {
            LockSupport.unpark(writer);
        }
    }

    /** After close: whatever is still queued, written by the calling thread. */
    private void writeQueued() {
        synchronized (directWrites) {
            for (byte[] line = queue.poll(); line != null; line = queue.poll()) {
                queuedBytes.addAndGet(-line.length);
                write(line, line.length);
            }
        }
    }

    private void drain() {
        ByteArrayOutputStream batch = new ByteArrayOutputStream(BATCH_BYTES * 2);
        while (true) {
            writerIdle = true;
            while (queue.isEmpty() && !closed) {
                LockSupport.park(this);
            }
            writerIdle = false;
            if (queue.isEmpty()) {
                return; // closed, and everything written: later lines are written directly
            }
            long deadline = System.nanoTime() + LINGER.toNanos();
            for (long left = LINGER.toNanos(); queuedBytes.get() < BATCH_BYTES && !closed && left > 0;
                    left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(this, left);
            }
            byte[] line;
            while (batch.size() < 4 * BATCH_BYTES && (line = queue.poll()) != null) {
                batch.write(line, 0, line.length);
                queuedBytes.addAndGet(-line.length);
            }
            synchronized (directWrites) {
                write(batch.toByteArray(), batch.size());
            }
            batch.reset();
        }
    }

    private void write(byte[] bytes, int length) {
        if (failed) {
            return;
        }
        try {
            out.write(bytes, 0, length);
            out.flush();
        } catch (IOException e) {
            // The terminal or pipe has gone (e.g. `serve | head`): the server goes on without its log.
            failed = true;
        }
    }

    /** Writes every queued line, within {@code timeout}; lines logged later are written directly. */
    void close(Duration timeout) {
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
