package dev.smtptutor.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Writes the lines of {@code serve}'s log, which many session threads produce at once, through one
 * writer thread. A session thread only appends its line to a buffer; the writer takes the whole buffer,
 * writes it in one piece and flushes. So a busy server writes a few large batches instead of a flush per
 * line under one lock (which cost the simulator half its speed), and a quiet one still shows each line at
 * once: the writer flushes every time it has emptied the buffer, so a teacher watching a terminal sees
 * no delay. {@link #close()} writes everything still buffered; the shutdown hook calls it last, so Ctrl-C
 * and SIGTERM lose no line that was logged.
 */
final class LogWriter implements AutoCloseable {

    /** A writer stuck behind a paused terminal must not let the log eat the heap: producers wait. */
    private static final int MAX_BUFFERED_CHARS = 4 << 20;

    private final PrintStream out;
    private final Object lock = new Object();
    private final Thread writer;
    private StringBuilder pending = new StringBuilder(1 << 14);
    private StringBuilder spare = new StringBuilder(1 << 14);
    private boolean writerWaiting;
    private boolean closed;

    LogWriter(PrintStream out) {
        this.out = out;
        this.writer = new Thread(this::drain, "serve-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Appends one line; a line end is added. After {@link #close()} the line is written at once. */
    void line(String text) {
        synchronized (lock) {
            if (closed) {
                out.println(text);
                return;
            }
            while (pending.length() > MAX_BUFFERED_CHARS && !closed && waitQuietly()) {
                // the writer is behind: wait until it has taken the buffer
            }
            pending.append(text).append(System.lineSeparator());
            if (writerWaiting) {
                lock.notifyAll();
            }
        }
    }

    private void drain() {
        while (true) {
            StringBuilder batch;
            synchronized (lock) {
                while (pending.isEmpty() && !closed) {
                    writerWaiting = true;
                    boolean woken = waitQuietly();
                    writerWaiting = false;
                    if (!woken) {
                        closed = true;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = pending;
                pending = spare;
                lock.notifyAll(); // producers held back by MAX_BUFFERED_CHARS
            }
            out.print(batch);
            out.flush();
            batch.setLength(0);
            synchronized (lock) {
                spare = batch;
            }
        }
    }

    /** False when the waiting thread was interrupted (its flag is set again). */
    private boolean waitQuietly() {
        try {
            lock.wait();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes every buffered line, within {@code timeout}; later lines are written directly. */
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
        out.flush();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
