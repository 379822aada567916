package dev.smtptutor.cli;

import dev.smtptutor.protocol.UntrustedText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The last guard before a command's output reaches a terminal, a file or a pipe: every control or
 * invisible format character that slipped through (from a server's reply, a bounce file) is written
 * out visibly, as {@link UntrustedText} does. Line feeds and tabs keep their meaning: the commands'
 * own layout uses them, and untrusted lines were split at line feeds before they got here.
 *
 * <p>In JSON mode the escape is {@code \\u00XX}, which inside a JSON string stands for the same
 * character, so the document stays valid and means the same while the terminal obeys nothing.
 */
final class VisibleWriter extends FilterWriter {

    private final boolean json;

    private VisibleWriter(Writer out, boolean json) {
        super(out);
        this.json = json;
    }

    static PrintWriter text(Writer out) {
        return new PrintWriter(new VisibleWriter(out, false), true);
    }

    static PrintWriter json(Writer out) {
        return new PrintWriter(new VisibleWriter(out, true), true);
    }

    @Override
    public void write(int c) throws IOException {
        // A surrogate is half of a character written in two calls; UntrustedText judges whole strings.
        if (c == '\n' || c == '\t' || Character.isSurrogate((char) c) || !UntrustedText.isUnsafe(c)) {
            out.write(c);
        } else if (!json && c < 0x100) {
            out.write(String.format("\\x%02x", c));
        } else {
            out.write(String.format("\\u%04x", c));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            write(buffer[offset + i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = 0; i < length; i++) {
            write(text.charAt(offset + i));
        }
    }
}
