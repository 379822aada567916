package dev.smtptutor.shell;

import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Everything the shell prints goes through here. While the learner is typing, output is printed
 * above the line being edited ({@link LineReader#printAbove}), never into it.
 */
public final class ShellOutput {

    private final Terminal terminal;
    private final Styles styles;
    private volatile LineReader reading;

    public ShellOutput(Terminal terminal, Styles styles) {
        this.terminal = terminal;
        this.styles = styles;
    }

    /** Columns available for text; 0 when unknown (a dumb terminal or a pipe: never wrap). */
    public int width() {
        return terminal.getType().startsWith("dumb") ? 0 : terminal.getWidth();
    }

    public Styles styles() {
        return styles;
    }

    /** Set while a prompt is waiting for input, so asynchronous output goes above it. */
    void readingWith(LineReader reader) {
        this.reading = reader;
    }

    public void line(String text) {
        print(new AttributedString(text));
    }

    public void line(String text, AttributedStyle style) {
        print(new AttributedString(text, style));
    }

    public void lines(List<String> texts) {
        texts.forEach(this::line);
    }

    public void blank() {
        line("");
    }

    public void info(String text) {
        wrapped(text, styles.dim());
    }

    public void warn(String text) {
        wrapped(text, styles.warning());
    }

    public void error(String text) {
        wrapped(text, styles.error());
    }

    public void hint(String text) {
        wrapped(text, styles.hint());
    }

    /** Prose of the tutor's own, wrapped at words; continuation lines indented two past the first. */
    public void wrapped(String text, AttributedStyle style) {
        int indent = text.length() - text.stripLeading().length();
        for (String part : TextWrap.wrap(text, width(), indent + 2)) {
            line(part, style);
        }
    }

    public synchronized void print(AttributedString text) {
        LineReader reader = reading;
        if (reader != null) {
            reader.printAbove(text);
            return;
        }
        terminal.writer().println(styles.colour() ? text.toAnsi(terminal) : text.toString());
        terminal.flush();
    }

    public static AttributedStringBuilder builder() {
        return new AttributedStringBuilder();
    }
}
