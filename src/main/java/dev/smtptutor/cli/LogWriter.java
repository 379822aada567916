package dev.smtptutor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;

/**
 * Writes the lines of {@code serve}'s log, which many session threads produce at once, through one
 * writer thread. A session thread only encodes its line and appends the bytes to a buffer; the writer
 * wakes at the first line, lets the buffer fill for at most {@link #LINGER} (or until it holds
 * {@link #BATCH_BYTES}), then writes all of it with one system call. So a busy server writes a few
 * hundred large batches a second instead of a flush per line under one lock (which cost the simulator
 * half its speed), and a teacher watching a terminal still sees every line within milliseconds.
 * {@link #close()} writes everything still buffered; the shutdown hook calls it last, so Ctrl-C and
 * SIGTERM lose no line that was logged.
 */
final class LogWriter implements AutoCloseable {

    /** A writer stuck behind a paused terminal must not let the log eat the heap: producers wait. */
    private static final int MAX_BUFFERED_BYTES = 8 << 20;
    /** Enough lines to make one write worth its system call. */
    private static final int BATCH_BYTES = 64 << 10;
    /** Longest a line waits for others to share its write: far below what a person notices. */
    private static final Duration LINGER = Duration.ofMillis(2);
    private static final byte[] LINE_END = System.lineSeparator().getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final Charset charset;
    private final Object lock = new Object();
    private final Thread writer;
    private byte[] pending = new byte[1 << 16];
    private int pendingLength;
    private byte[] spare = new byte[1 << 16];
    private boolean writerIdle;
    private boolean closed;
    private volatile boolean failed;

    /** @param out written only by this writer from now on (not buffered: every batch is one write) */
    LogWriter(OutputStream out, Charset charset) {
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
    void line(String text) {
        byte[] bytes = text.getBytes(charset);
        synchronized (lock) {
            if (closed) {
                writeQuietly(bytes, bytes.length);
                writeQuietly(LINE_END, LINE_END.length);
                return;
            }
            while (pendingLength > MAX_BUFFERED_BYTES && !closed && waitQuietly(0)) {
                // the writer is behind (a paused terminal): wait until it has taken the buffer
            }
            append(bytes);
            append(LINE_END);
            if (writerIdle || pendingLength >= BATCH_BYTES) {
                lock.notifyAll();
            }
        }
    }

    private void append(byte[] bytes) {
        if (pendingLength + bytes.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + bytes.length));
        }
        System.arraycopy(bytes, 0, pending, pendingLength, bytes.length);
        pendingLength += bytes.length;
    }

    private void drain() {
        while (true) {
            byte[] batch;
            int length;
            synchronized (lock) {
                while (pendingLength == 0 && !closed) {
                    writerIdle = true;
                    boolean woken = waitQuietly(0);
                    writerIdle = false;
                    if (!woken) {
                        closed = true;
                    }
                }
                if (pendingLength == 0) {
                    return;
                }
                long deadline = System.nanoTime() + LINGER.toNanos();
                for (long left = LINGER.toNanos(); pendingLength < BATCH_BYTES && !closed && left > 0;
                        left = deadline - System.nanoTime()) {
                    if (!waitQuietly(left)) {
                        closed = true;
                    }
                }
                batch = pending;
                length = pendingLength;
                pending = spare;
                pendingLength = 0;
                lock.notifyAll(); // producers held back by MAX_BUFFERED_BYTES
            }
            writeQuietly(batch, length);
            synchronized (lock) {
                spare = batch;
            }
        }
    }

    private void writeQuietly(byte[] bytes, int length) {
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

    /** Waits up to {@code nanos} (0: until notified); false when interrupted (the flag is set again). */
    private boolean waitQuietly(long nanos) {
        try {
            if (nanos == 0) {
                lock.wait();
            } else {
                lock.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes every buffered line, within {@code timeout}; lines logged later are written directly. */
    void close(Duration timeout) {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
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
