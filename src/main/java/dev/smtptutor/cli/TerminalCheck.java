package dev.smtptutor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the tutor runs in a terminal: its standard input and output both one, the test
 * {@code System.console()} makes (isatty on both). Asked once, by the shell's start and by the commands.
 *
 * <p>Where Linux names the devices ({@code /proc/self/fd}), a terminal is known by its device's name:
 * {@code System.console()} would also build the JDK's {@code Console}, whose {@code java.util.Formatter}
 * compiles a regular expression first thing, some milliseconds of the shell's start for an object the
 * tutor never uses. Anything else (a pipe, a file, {@code /dev/null}, another system) is asked of
 * {@code System.console()}, which then costs nothing more than the check.
 */
final class TerminalCheck {

    private TerminalCheck() {}

    private static final class Answer {
        static final boolean INTERACTIVE = (onTerminal(0) && onTerminal(1)) || System.console() != null;
    }

    /** Standard input and output are both a terminal. */
    static boolean interactive() {
        return Answer.INTERACTIVE;
    }

    private static boolean onTerminal(int descriptor) {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString());
        } catch (IOException | RuntimeException notLinuxOrNotThere) {
            return false;
        }
    }

    /**
     * A device that is always a terminal: a pseudo-terminal's side ({@code /dev/pts/3}), a console or a
     * serial line ({@code /dev/tty1}, {@code /dev/ttyS0}, {@code /dev/ttyUSB0}), the process's own
     * ({@code /dev/tty}), the system console.
     */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
