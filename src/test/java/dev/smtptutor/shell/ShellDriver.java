package dev.smtptutor.shell;

import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.StoredMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Types into a real shell through a JLine terminal on piped streams, the way JLine's own tests use
 * TestBuffer: {@code new ShellDriver(home).line("EHLO x").tab().run()}. The shell runs until the typed
 * input ends (as Ctrl-D), so the whole session is over, deterministically, when run() returns.
 */
final class ShellDriver {

    private final StringBuilder keys = new StringBuilder();
    private final Path home;
    private boolean virtualTerminal;
    private int columns = 160;
    private DetailLevel detail = DetailLevel.FULL;
    private SimConfig simulator = SimConfig.defaults();
    private Optional<HostSpec> target = Optional.empty();
    private HostSettings hosts = HostSettings.defaults();
    private final Map<String, String> environment = new java.util.HashMap<>(Map.of("NO_COLOR", "1"));
    private LessonOptions lessons = LessonOptions.standard();

    ShellDriver(Path home) {
        this.home = home;
    }

    /** A virtual xterm with a line discipline (Tab, Ctrl-C, bracketed paste) instead of a dumb terminal. */
    ShellDriver virtualTerminal() {
        this.virtualTerminal = true;
        return this;
    }

    /** The virtual terminal's width in columns (160 unless told). */
    ShellDriver columns(int width) {
        this.columns = width;
        return this;
    }

    ShellDriver detail(DetailLevel level) {
        this.detail = level;
        return this;
    }

    ShellDriver simulator(SimConfig config) {
        this.simulator = config;
        return this;
    }

    ShellDriver target(HostSpec spec) {
        this.target = Optional.of(spec);
        return this;
    }

    ShellDriver hosts(HostSettings settings) {
        this.hosts = settings;
        return this;
    }

    ShellDriver environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ShellDriver lessons(LessonOptions options) {
        this.lessons = options;
        return this;
    }

    ShellDriver type(String text) {
        keys.append(text);
        return this;
    }

    ShellDriver enter() {
        keys.append(virtualTerminal ? '\r' : '\n');
        return this;
    }

    ShellDriver line(String text) {
        return type(text).enter();
    }

    ShellDriver tab() {
        keys.append('\t');
        return this;
    }

    ShellDriver ctrlC() {
        keys.append('\u0003');
        return this;
    }

    /** Text pasted in one go, as a terminal with bracketed paste delivers it. */
    ShellDriver paste(String text) {
        keys.append("\u001b[200~").append(text.replace("\n", "\r")).append("\u001b[201~");
        return this;
    }

    Result run() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ByteArrayInputStream input = new ByteArrayInputStream(keys.toString().getBytes(StandardCharsets.UTF_8));
        try (Terminal terminal = virtualTerminal
                ? virtualTerminal(input, output, columns)
                : new DumbTerminal("test", "dumb", input, output, StandardCharsets.UTF_8)) {
            ShellOptions options = new ShellOptions(target, detail, home, !virtualTerminal, simulator,
                    environment, hosts);
            try (TutorShell shell = new TutorShell(terminal, options, lessons)) {
                shell.run();
                terminal.flush();
                return new Result(output.toString(StandardCharsets.UTF_8), shell.session().store().messages());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A virtual xterm, paused until set up: Ctrl-C must reach the shell as a key, in input order, not
     * as a signal raised whenever the terminal's pump happens to read ahead (the shell binds the key
     * to the same action as the signal).
     */
    private static Terminal virtualTerminal(ByteArrayInputStream input, ByteArrayOutputStream output, int columns)
            throws IOException {
        ExternalTerminal terminal = new ExternalTerminal(null, "test", "xterm", input, output, StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL, true);
        terminal.setSize(new org.jline.terminal.Size(columns, 50));
        org.jline.terminal.Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(attributes);
        terminal.resume();
        return terminal;
    }

    /** What the learner saw, and what the built-in simulator accepted. */
    record Result(String output, List<StoredMessage> delivered) {

        /** The output with terminal control sequences and carriage returns removed. */
        String text() {
            return output.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
        }

        boolean shows(String fragment) {
            return text().contains(fragment);
        }
    }
}
