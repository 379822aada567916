package dev.smtptutor.cli;

import dev.smtptutor.shell.BuiltAside;
import java.io.IOException;
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

    /** The terminal being opened (null when the tutor is not in one). */
    private static final class Opening extends BuiltAside<Terminal> {
        Opening() {
            super("smtp-tutor-terminal");
        }

        @Override
        protected Terminal build() throws IOException {
            if (!TerminalCheck.interactive()) {
                return null;
            }
            // What needs no java.util.logging first (JLine's native classes wait for it): the terminfo
            // entry, read and parsed, and JLine's colour table.
            ShippedTerminfo.prepare(System.getenv("TERM"));
            org.jline.utils.ColorPalette.DEFAULT.canChange();
            return SystemTerminal.open("smtp-tutor", System.getenv());
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
        dev.smtptutor.shell.Messages.prepareFirstScreenAside();
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
