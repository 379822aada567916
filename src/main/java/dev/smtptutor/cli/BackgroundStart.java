package dev.smtptutor.cli;

import java.lang.reflect.Proxy;

/**
 * The parts of the shell's start that depend on nothing the command line says, begun first thing on
 * threads of their own so that the main thread finds them done (each was measured on the main thread's
 * way to the first prompt, bench/startup):
 * <ul>
 * <li>{@code java.util.logging}, which JLine logs through (its native loader as it loads, the line reader at
 *     every key): its start searches the whole class path for a logger service;</li>
 * <li>in a terminal, the JDK's {@code Console} (its {@code Formatter} compiles a pattern), the terminfo
 *     capability names ({@link ShippedTerminfo}), JLine's colour table, and the proxy class JLine makes
 *     its signal handlers of (a class generated at run time).</li>
 * </ul>
 * Every one of them is a class's first use or a cache: the main thread waits for one in progress and takes
 * one done, so nothing depends on which thread gets there first.
 */
final class BackgroundStart {

    private BackgroundStart() {}

    static void begin() {
        start(new Thread("smtp-tutor-logging") {
            @Override
            public void run() {
                java.util.logging.Logger.getLogger("org.jline");
            }
        });
        start(new Thread("smtp-tutor-terminal") {
            @Override
            public void run() {
                if (System.console() == null) {
                    return; // piped input: PipeTerminal needs none of this
                }
                ShippedTerminfo.names();
                ShippedTerminfo.entry(System.getenv("TERM"));
                org.jline.utils.ColorPalette.DEFAULT.canChange();
                try {
                    Class<?> signalHandler = Class.forName("sun.misc.SignalHandler");
                    Proxy.newProxyInstance(org.jline.utils.Signals.class.getClassLoader(), new Class<?>[] {signalHandler},
                            (proxy, method, arguments) -> null);
                } catch (ClassNotFoundException | RuntimeException notThere) {
                    // JLine falls back the same way on its own
                }
            }
        });
    }

    private static void start(Thread thread) {
        thread.setDaemon(true);
        thread.start();
    }
}
