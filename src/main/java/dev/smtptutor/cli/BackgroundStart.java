package dev.smtptutor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jline.terminal.Terminal;

/**
 * The parts of the shell's start that depend on nothing the command line says, begun first thing on
 * threads of their own so that the main thread finds them done (each was measured on the main thread's
 * way to the first prompt, bench/startup):
 * <ul>
 * <li>{@code java.util.logging}, which JLine logs through (its native loader as it loads, the line reader at
 *     every key): its start searches the whole class path for a logger service, and JLine's classes wait
 *     for it;</li>
 * <li>in a terminal, the terminal itself ({@link SystemTerminal}): the JDK's {@code Console}, JLine's native
 *     library, the terminfo entry, the signal handlers;</li>
 * <li>once the language is chosen, the words of the first screen.</li>
 * </ul>
 * Each is a class's first use, a cache or a future the main thread takes: nothing depends on which thread
 * gets there first.
 */
final class BackgroundStart {

    /** The learner's terminal, opened beside the main thread; null when there is none (piped input) or no start. */
    private static volatile FutureTask<Terminal> terminal;

    private BackgroundStart() {}

    static void begin() {
        start(new Thread("smtp-tutor-logging") {
            @Override
            public void run() {
                java.util.logging.Logger.getLogger("org.jline");
            }
        });
        FutureTask<Terminal> opening = new FutureTask<>(
                () -> System.console() == null ? null : SystemTerminal.open("smtp-tutor", System.getenv()));
        terminal = opening;
        start(new Thread(opening, "smtp-tutor-terminal"));
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
        FutureTask<Terminal> opening = terminal;
        terminal = null; // taken once: a second shell in this JVM opens its own
        if (opening != null) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        Terminal opened = opening.get();
                        if (opened != null) {
                            return opened;
                        }
                        break; // no console when that thread looked: open it here, as without it
                    } catch (InterruptedException e) {
                        interrupted = true; // Ctrl-C while starting: the terminal is still needed
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw new UncheckedIOException(new IOException(e.getCause()));
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return SystemTerminal.open("smtp-tutor", System.getenv());
    }

    private static void start(Thread thread) {
        thread.setDaemon(true);
        thread.start();
    }
}
