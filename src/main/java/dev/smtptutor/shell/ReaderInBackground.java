package dev.smtptutor.shell;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The shell's line reader, built on a thread of its own while the shell starts the simulator, connects and
 * explains the banner. JLine's reader sets up some 200 widgets and its key maps when it is made: a quarter
 * of the start, and not needed before the first prompt. The main thread takes it through a plain monitor,
 * not a FutureTask: that class's first use looks up its fields' VarHandles, a millisecond of the start.
 */
final class ReaderInBackground {

    private final Building building;
    private final Function<LineReaderImpl, LineReader> finish;
    private LineReader reader;

    /** The thread that builds the reader, and what it made or what went wrong. */
    private static final class Building extends Thread {
        private final Terminal terminal;
        private final Consumer<LineReaderImpl> alsoInBackground;
        private LineReaderImpl built;
        private Throwable failure;
        private boolean done;

        Building(Terminal terminal, Consumer<LineReaderImpl> alsoInBackground) {
            super("smtp-tutor-line-reader");
            this.terminal = terminal;
            this.alsoInBackground = alsoInBackground;
            setDaemon(true);
        }

        @Override
        public void run() {
            LineReaderImpl result = null;
            Throwable problem = null;
            try {
                result = new QuickLineReader(terminal, "smtp-tutor");
                alsoInBackground.accept(result);
                // JLine logs through java.util.logging from its first key read on; starting that logging (a
                // ServiceLoader search of every jar for a logger backend) here keeps it out of the first line.
                java.util.logging.Logger.getLogger("org.jline").isLoggable(java.util.logging.Level.FINE);
            } catch (java.io.IOException e) {
                problem = new java.io.UncheckedIOException(e);
            } catch (RuntimeException | Error e) {
                problem = e;
            }
            synchronized (this) {
                built = result;
                failure = problem;
                done = true;
                notifyAll();
            }
        }

        /** The reader, waiting for it; Ctrl-C while waiting does not stop the wait (the reader is still needed). */
        synchronized LineReaderImpl take() {
            boolean interrupted = false;
            try {
                while (!done) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return built;
        }
    }

    /**
     * Starts building; {@code alsoInBackground} runs next on the same thread (the history is read there),
     * {@code finish} on the thread that first asks for the reader (it sets the shell's parser, completer
     * and widgets).
     */
    ReaderInBackground(Terminal terminal, Consumer<LineReaderImpl> alsoInBackground,
            Function<LineReaderImpl, LineReader> finish) {
        this.building = new Building(terminal, alsoInBackground);
        this.finish = finish;
        building.start();
    }

    /** The reader, waiting for it to be built the first time. */
    synchronized LineReader get() {
        if (reader == null) {
            reader = finish.apply(building.take());
        }
        return reader;
    }
}
