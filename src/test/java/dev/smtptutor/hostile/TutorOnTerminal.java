package dev.smtptutor.hostile;

import dev.smtptutor.client.TlsMode;
import dev.smtptutor.shell.DetailLevel;
import dev.smtptutor.shell.HostSettings;
import dev.smtptutor.shell.HostSpec;
import dev.smtptutor.shell.LessonOptions;
import dev.smtptutor.shell.ShellOptions;
import dev.smtptutor.shell.TutorShell;
import dev.smtptutor.sim.SimConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * The real shell, typed into through JLine: piped (script mode, a dumb terminal) or on a virtual
 * xterm with Ctrl-C as a key. The keys are all given before {@link #run()}; the shell runs until they
 * end (as Ctrl-D would), so when run() returns the session is over and its output complete.
 */
final class TutorOnTerminal {

    private final Path home;
    private final StringBuilder keys = new StringBuilder();
    private boolean xterm;
    private Optional<HostSpec> target = Optional.empty();
    private Duration replyTimeout = Duration.ofSeconds(5);
    private LessonOptions lessons = LessonOptions.standard();
    private DetailLevel detail = DetailLevel.SHORT;

    private TutorOnTerminal(Path home, boolean xterm) {
        this.home = home;
        this.xterm = xterm;
    }

    static TutorOnTerminal piped(Path home) {
        return new TutorOnTerminal(home, false);
    }

    static TutorOnTerminal xterm(Path home) {
        return new TutorOnTerminal(home, true);
    }

    TutorOnTerminal connectingTo(HostileServer server) {
        return connectingTo(server.port());
    }

    TutorOnTerminal connectingTo(int port) {
        target = Optional.of(HostSpec.of("127.0.0.1", Optional.of(port), Optional.of(TlsMode.PLAIN)));
        return this;
    }

    TutorOnTerminal replyTimeout(Duration timeout) {
        replyTimeout = timeout;
        return this;
    }

    TutorOnTerminal lessons(LessonOptions options) {
        lessons = options;
        return this;
    }

    TutorOnTerminal detail(DetailLevel level) {
        detail = level;
        return this;
    }

    TutorOnTerminal type(String text) {
        keys.append(text);
        return this;
    }

    TutorOnTerminal line(String text) {
        return type(text).type(xterm ? "\r" : "\n");
    }

    TutorOnTerminal ctrlC() {
        return type("\u0003");
    }

    TutorOnTerminal ctrlD() {
        return type("\u0004");
    }

    /** Runs the session; returns what the terminal received and how the shell ended. */
    Session run() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayInputStream input = new ByteArrayInputStream(keys.toString().getBytes(StandardCharsets.UTF_8));
        HostSettings hosts = new HostSettings(HostSettings.defaults().trust(), Duration.ofSeconds(5), replyTimeout);
        ShellOptions options = new ShellOptions(target, detail, home, !xterm, SimConfig.defaults(),
                Map.of("NO_COLOR", "1"), hosts);
        try (Terminal terminal = xterm ? xterm(input, screen)
                : new DumbTerminal("test", "dumb", input, screen, StandardCharsets.UTF_8);
             TutorShell shell = new TutorShell(terminal, options, lessons)) {
            int exit = shell.run();
            terminal.flush();
            return new Session(screen.toString(StandardCharsets.UTF_8), exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Terminal xterm(ByteArrayInputStream input, ByteArrayOutputStream screen) throws IOException {
        ExternalTerminal terminal = new ExternalTerminal(null, "test", "xterm", input, screen, StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL, true);
        terminal.setSize(new Size(160, 50));
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C arrives as a key, in order
        terminal.setAttributes(attributes);
        terminal.resume();
        return terminal;
    }

    /** What the terminal received (raw bytes as text) and the shell's exit status. */
    record Session(String raw, int exit) {

        /** The output without JLine's own cursor and mode sequences, for reading. */
        String text() {
            return raw.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
        }

        boolean shows(String fragment) {
            return text().contains(fragment);
        }
    }
}
