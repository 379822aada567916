package dev.smtptutor.shell;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * The shell's line reader, built on a thread of its own while the shell starts the simulator, connects and
 * explains the banner. JLine's reader sets up some 200 widgets and its key maps when it is made: a quarter
 * of the start, and not needed before the first prompt.
 */
final class ReaderInBackground {

    private final FutureTask<LineReaderImpl> building;
    private final Function<LineReaderImpl, LineReader> finish;
    private LineReader reader;

    /**
     * Starts building; {@code alsoInBackground} runs next on the same thread (the history is read there),
     * {@code finish} on the thread that first asks for the reader (it sets the shell's parser, completer
     * and widgets).
     */
    ReaderInBackground(Terminal terminal, java.util.function.Consumer<LineReaderImpl> alsoInBackground,
            Function<LineReaderImpl, LineReader> finish) {
        this.building = new FutureTask<>(() -> {
            LineReaderImpl built = new QuickLineReader(terminal, "smtp-tutor");
            alsoInBackground.accept(built);
            // JLine logs through java.util.logging from its first key read on; starting that logging (a
            // ServiceLoader search of every jar for a logger backend) here keeps it out of the first line.
            java.util.logging.Logger.getLogger("org.jline").isLoggable(java.util.logging.Level.FINE);
            return built;
        });
        this.finish = finish;
        Thread thread = new Thread(building, "smtp-tutor-line-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The reader, waiting for it to be built the first time. */
    synchronized LineReader get() {
        if (reader == null) {
            reader = finish.apply(built());
        }
        return reader;
    }

    private LineReaderImpl built() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return building.get();
                } catch (InterruptedException e) {
                    interrupted = true; // Ctrl-C while starting: the reader is still needed
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
