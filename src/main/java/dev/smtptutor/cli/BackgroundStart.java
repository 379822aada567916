package dev.smtptutor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jline.terminal.Terminal;

/**
 * The parts of the shell's start that depend on nothing the command line says, begun first thing on
 * threads of their own so that the main thread finds them done (each was measured on the main thread's
 * way to the first prompt, bench/startup):
 * <ul>
 * <li>{@code java.util.logging}, which JLine logs through (its native loader as it loads, the line reader at
 *     every key): its start searches the whole class path for a logger service, and JLine's classes wait
 *     for it;</li>
 * <li>in a terminal ({@link TerminalCheck}), the terminal itself ({@link SystemTerminal}): JLine's native
 *     library, the terminfo entry, the signal handlers;</li>
 * <li>once the language is chosen, the words of the first screen.</li>
 * </ul>
 * Each is a class's first use, a cache or a result the main thread takes: nothing depends on which thread
 * gets there first.
 */
final class BackgroundStart {

    /** The learner's terminal, opened beside the main thread; null when there is no start (tests). */
    private static volatile Opening terminal;

    /**
     * The terminal being opened: a plain monitor, not a FutureTask or a lambda, since this is the first
     * thing the JVM runs and their first use sets up java.lang.invoke on the main thread (milliseconds).
     */
    private static final class Opening extends Thread {
        private Terminal opened;
        private Throwable failure;
        private boolean done;

        Opening() {
            super("smtp-tutor-terminal");
        }

        @Override
        public void run() {
            Terminal result = null;
            Throwable problem = null;
            try {
                if (TerminalCheck.interactive()) {
                    // What needs no java.util.logging first (JLine's native classes wait for it): the terminfo
                    // entry, read and parsed, and JLine's colour table.
                    ShippedTerminfo.prepare(System.getenv("TERM"));
                    org.jline.utils.ColorPalette.DEFAULT.canChange();
                    result = SystemTerminal.open("smtp-tutor", System.getenv());
                }
            } catch (Throwable t) {
                problem = t;
            }
            synchronized (this) {
                opened = result;
                failure = problem;
                done = true;
                notifyAll();
            }
        }

        /** The terminal (null when not in one), waiting for it; Ctrl-C while waiting does not stop it. */
        synchronized Terminal take() throws IOException {
            boolean interrupted = false;
            try {
                while (!done) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true; // Ctrl-C while starting: the terminal is still needed
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new UncheckedIOException(new IOException(failure));
            }
            return opened;
        }
    }

    private BackgroundStart() {}

    static void begin() {
        ShellLogging.use();
        start(new Thread("smtp-tutor-logging") {
            @Override
            public void run() {
                java.util.logging.Logger.getLogger("org.jline");
            }
        });
        Opening opening = new Opening();
        terminal = opening;
        start(opening);
    }

    /**
     * Once the language is chosen: the words of the shell's first screen (its messages, the banner's
     * explanation), read while the main thread works out the options and opens the terminal.
     */
    static void words() {
        start(new Thread("smtp-tutor-first-words") {
            @Override
            public void run() {
                dev.smtptutor.shell.Messages.prepareFirstScreen();
            }
        });
    }

    /** The learner's terminal: the one opened beside the main thread when there is one, else opened now. */
    static Terminal systemTerminal() throws IOException {
        Opening opening = terminal;
        terminal = null; // taken once: a second shell in this JVM opens its own
        Terminal opened = opening == null ? null : opening.take();
        // Not in a terminal when that thread looked (or no such thread): open it here, as without it.
        return opened != null ? opened : SystemTerminal.open("smtp-tutor", System.getenv());
    }

    private static void start(Thread thread) {
        thread.setDaemon(true);
        thread.start();
    }
}
