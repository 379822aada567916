package dev.smtptutor.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
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

    private final Building building;
    private final Function<LineReaderImpl, LineReader> finish;
    private LineReader reader;

    /** The thread that builds the reader. */
    private static final class Building extends BuiltAside<LineReaderImpl> {
        private final Terminal terminal;
        private final Consumer<LineReaderImpl> alsoInBackground;

        Building(Terminal terminal, Consumer<LineReaderImpl> alsoInBackground) {
            super("smtp-tutor-line-reader");
            this.terminal = terminal;
            this.alsoInBackground = alsoInBackground;
        }

        @Override
        protected LineReaderImpl build() throws IOException {
            LineReaderImpl built = new QuickLineReader(terminal, "smtp-tutor");
            alsoInBackground.accept(built);
            // JLine logs through java.util.logging from its first key read on; starting that logging (a
            // ServiceLoader search of every jar for a logger backend) here keeps it out of the first line.
            java.util.logging.Logger.getLogger("org.jline").isLoggable(java.util.logging.Level.FINE);
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
            try {
                reader = finish.apply(building.take());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reader;
    }
}
