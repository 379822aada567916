package dev.smtptutor.shell;

import dev.smtptutor.protocol.UntrustedText;
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
    private boolean toldAboutControls;

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

    /**
     * Prints one line (or several, split at line feeds). Every control or invisible format character
     * in it is shown escaped ({@code \x1b}, {@code \\u202e}): replies, EHLO lines and explanations
     * quoting them all pass here, and a terminal must never obey what a server sent. The first time
     * that happens in a session, a note says what the escapes mean.
     */
    public synchronized void print(AttributedString text) {
        boolean escaped = UntrustedText.hasUnsafe(text.toString().replace("\n", "").replace("\t", ""));
        write(escaped ? visible(text) : text);
        if (escaped && !toldAboutControls) {
            toldAboutControls = true;
            for (String part : TextWrap.wrap(Messages.get("untrusted.controls"), width(), 2)) {
                write(new AttributedString(part, styles.warning()));
            }
        }
    }

    /** The same text and styles with each unsafe character replaced by its visible escape. */
    private static AttributedString visible(AttributedString text) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String shown = Character.isSurrogate(c) ? String.valueOf(c)
                    : UntrustedText.visibleKeepingLayout(String.valueOf(c));
            out.styled(text.styleAt(i), shown);
        }
        return out.toAttributedString();
    }

    private void write(AttributedString text) {
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
