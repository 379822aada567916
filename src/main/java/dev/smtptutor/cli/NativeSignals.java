package dev.smtptutor.cli;

import org.jline.terminal.Terminal;

/**
 * The JVM's own signal handling ({@code sun.misc.Signal}, in the {@code jdk.unsupported} module every JDK
 * ships) for the shell's POSIX terminal, without JLine's way there. JLine reaches it by reflection, and
 * makes each handler a dynamic proxy of {@code sun.misc.SignalHandler}: the proxy's class is generated
 * the first time in each JVM (no class-data archive of JDK 17 keeps one), some milliseconds of the
 * shell's start, when the shell sets its Ctrl-C handler; and its reflection looks up the same class,
 * constructor and method again at every call. Here a plain class is the handler.
 *
 * <p>A signal the platform lacks (INFO on Linux), or one the JVM keeps for itself, is passed over, as JLine
 * does.
 */
final class NativeSignals {

    private NativeSignals() {}

    /** The signal's default action (Ctrl-C ends the program); the handler it replaces, null when passed over. */
    static Object setDefault(Terminal.Signal signal) {
        return set(signal.name(), sun.misc.SignalHandler.SIG_DFL);
    }

    /** On this signal the terminal raises it to its own handlers; the handler it replaces, null when passed over. */
    static Object raiseIn(Terminal terminal, Terminal.Signal signal) {
        return set(signal.name(), new Raise(terminal, signal));
    }

    /** Puts back a handler {@link #setDefault} or {@link #raiseIn} replaced (null: nothing to put back). */
    static void restore(Terminal.Signal signal, Object previous) {
        if (previous instanceof sun.misc.SignalHandler handler) {
            set(signal.name(), handler);
        }
    }

    private static Object set(String name, sun.misc.SignalHandler handler) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal(name), handler);
        } catch (IllegalArgumentException unknownOrTheJvms) {
            return null;
        }
    }

    /** Hands the signal to the terminal, which calls the handler the shell gave it. */
    private static final class Raise implements sun.misc.SignalHandler {
        private final Terminal terminal;
        private final Terminal.Signal signal;

        Raise(Terminal terminal, Terminal.Signal signal) {
            this.terminal = terminal;
            this.signal = signal;
        }

        @Override
        public void handle(sun.misc.Signal received) {
            terminal.raise(signal);
        }

        @Override
        public String toString() {
            return "smtp-tutor's " + signal + " handler";
        }
    }
}
