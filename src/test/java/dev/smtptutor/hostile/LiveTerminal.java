package dev.smtptutor.hostile;

import dev.smtptutor.shell.DetailLevel;
import dev.smtptutor.shell.HostSettings;
import dev.smtptutor.shell.ShellOptions;
import dev.smtptutor.shell.TutorShell;
import dev.smtptutor.sim.SimConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Assertions;

/**
 * The real shell on a virtual xterm that the test types into while the shell runs, key by key, as a
 * person would. Unlike {@link TutorOnTerminal} (all keys given before the run, Ctrl-C as a key), the
 * terminal keeps its line discipline on (ISIG), as a real tty does: Ctrl-C typed while the shell is
 * busy between prompts becomes SIGINT, which JLine hands to the shell's signal handler; typed at a
 * prompt, JLine's reader turns it into an interrupted line.
 *
 * <p>Every wait has a deadline and fails with the screen so far; {@link #close()} ends the shell
 * within a deadline whatever state the test left it in.
 */
final class LiveTerminal implements AutoCloseable {

    static final int ROWS = 50;
    static final int COLUMNS = 160;
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final Screen screen = new Screen();
    private final LineDisciplineTerminal terminal;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private LiveTerminal(Path home, Duration replyTimeout) throws IOException {
        terminal = new LineDisciplineTerminal("test", "xterm", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(COLUMNS, ROWS));
        HostSettings hosts = new HostSettings(HostSettings.defaults().trust(), Duration.ofSeconds(5), replyTimeout);
        ShellOptions options = new ShellOptions(Optional.empty(), DetailLevel.SHORT, home, false,
                SimConfig.defaults(), Map.of("NO_COLOR", "1"), hosts);
        TutorShell shell = new TutorShell(terminal, options);
        Thread runner = new Thread(() -> {
            try {
                exit.complete(shell.run());
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        }, "live-terminal-shell");
        runner.setDaemon(true);
        runner.start();
    }

    /** The shell, started on the built-in simulator; a reply from a real host may take this long. */
    static LiveTerminal start(Path home, Duration replyTimeout) throws IOException {
        return new LiveTerminal(home, replyTimeout);
    }

    /** Types these keys now, through the terminal's line discipline. */
    LiveTerminal type(String keys) throws IOException {
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    LiveTerminal line(String text) throws IOException {
        return type(text + "\r");
    }

    LiveTerminal ctrlC() throws IOException {
        return type("\u0003");
    }

    LiveTerminal ctrlD() throws IOException {
        return type("\u0004");
    }

    /** Where the screen ends now (in bytes): a mark to wait from. */
    int mark() {
        return screen.length();
    }

    /** Waits until the screen, from the mark on and read as text, shows this; fails after the deadline. */
    void awaitText(int mark, String fragment) {
        if (!screen.await(mark, fragment, DEADLINE)) {
            Assertions.fail("the screen did not show \"" + fragment + "\" within " + DEADLINE + ":\n" + text(screen.raw()));
        }
    }

    /** Waits for the shell to end (after Ctrl-D or /quit), then closes the terminal; returns its exit status. */
    int awaitExit() throws IOException, InterruptedException {
        try {
            int status = exit.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            terminal.close(); // as Main does: JLine takes its status line and scroll region down now
            return status;
        } catch (TimeoutException e) {
            return Assertions.fail("the shell did not end within " + DEADLINE + ":\n" + text(screen.raw()));
        } catch (ExecutionException e) {
            return Assertions.fail("the shell died", e.getCause());
        }
    }

    /** What the terminal received from the mark on, raw bytes read as UTF-8. */
    String raw(int mark) {
        return screen.since(mark);
    }

    /** The screen without JLine's cursor and mode sequences, for reading. */
    static String text(String raw) {
        return raw.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>78]", "").replace("\r", "");
    }

    /**
     * Closes the terminal, which ends a read at the prompt: the shell leaves as on Ctrl-D, closing its
     * session and simulator on its own thread. A shell still busy (a test that failed half-way) is given
     * the deadline and then left to its daemon thread; close the hostile server first, so nothing it
     * holds is still waiting on it.
     */
    @Override
    public void close() throws IOException {
        terminal.close();
        try {
            exit.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the test has failed already and says why; this only must not hang
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The terminal's output: kept whole, and watched, so a test can wait for what it expects. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized int length() {
            return bytes.size();
        }

        synchronized String raw() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        synchronized String since(int from) {
            byte[] all = bytes.toByteArray();
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        }

        synchronized boolean await(int from, String fragment, Duration deadline) {
            Instant end = Instant.now().plus(deadline);
            while (!text(since(from)).contains(fragment)) {
                long left = Duration.between(Instant.now(), end).toMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
