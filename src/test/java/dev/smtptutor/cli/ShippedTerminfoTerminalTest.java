package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

/**
 * The shell's POSIX terminal on a real pseudo-terminal (JLine's native provider opens one): a real signal
 * sent to this JVM reaches the handler the shell gives the terminal, through a plain handler class (no
 * proxy), and closing the terminal gives the JVM back the handler it had. The signal is WINCH (the
 * terminal was resized), handled as INT (Ctrl-C) is: a JVM started in the background, as builds start
 * tests, inherits SIGINT ignored, and the JVM then leaves it ignored.
 */
class ShippedTerminfoTerminalTest {

    private static final sun.misc.Signal WINCH = new sun.misc.Signal("WINCH");

    @Test
    void aSignalReachesTheShellsHandlerAndClosingPutsTheJvmsBack() throws Exception {
        sun.misc.SignalHandler before = currentHandler();
        CountDownLatch resized = new CountDownLatch(1);
        try (Terminal terminal = new ShippedTerminfoTerminal("test", "xterm",
                new JniTerminalProvider().open(null, null), StandardCharsets.UTF_8)) {
            assertEquals("\\E[H\\E[2J", terminal.getStringCapability(Capability.clear_screen));
            assertEquals(Terminal.SignalHandler.SIG_DFL, terminal.handle(Terminal.Signal.WINCH, s -> resized.countDown()));

            sun.misc.SignalHandler installed = currentHandler();
            assertFalse(java.lang.reflect.Proxy.isProxyClass(installed.getClass()), installed.getClass().getName());
            assertEquals("smtp-tutor's WINCH handler", installed.toString());

            sun.misc.Signal.raise(WINCH);
            assertTrue(resized.await(30, TimeUnit.SECONDS), "the shell's handler was not called");
        }
        assertSame(before, currentHandler());
    }

    /** The JVM's handler of SIGWINCH now (set to itself again at once). */
    private static sun.misc.SignalHandler currentHandler() {
        sun.misc.SignalHandler current = sun.misc.Signal.handle(WINCH, sun.misc.SignalHandler.SIG_IGN);
        sun.misc.Signal.handle(WINCH, current);
        return current;
    }
}
