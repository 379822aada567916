package dev.smtptutor.mail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The stream Jakarta Mail's debug output is written to ({@code Session.setDebugOut}). It hands each
 * complete line to a {@link TraceParser} at once and keeps nothing but the line being written, so a
 * password in an AUTH line is masked before anything could store it.
 */
final class TraceRecorder extends OutputStream {

    private final TraceParser parser;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    TraceRecorder(TraceParser parser) {
        this.parser = parser;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            parser.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** Hands over a last line that had no line end. */
    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            parser.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
