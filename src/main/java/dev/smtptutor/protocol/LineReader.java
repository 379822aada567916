package dev.smtptutor.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into {@link InputLine}s at LF, keeping at most {@code cap} octets of each line
 * so that a client sending an endless line cannot exhaust memory. It reads from the stream it is
 * handed and owns no socket; the caller decides what an overlong or badly ended line means.
 *
 * <p>It buffers what it reads. When the stream changes underneath (STARTTLS), the caller must make a
 * new reader and drop this one with whatever it buffered: plaintext sent after STARTTLS must never be
 * read as if it came over TLS (RFC 3207 §6, the "STARTTLS command injection" of CVE-2011-0411).
 */
public final class LineReader {

    private final InputStream in;
    private final int cap;
    private final byte[] chunk = new byte[8192];
    private int position;
    private int limit;
    private byte[] line = new byte[256];

    public LineReader(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line; empty at the end of the stream when no bytes are left. */
    public Optional<InputLine> next() throws IOException {
        int kept = 0;
        int length = 0;
        boolean previousWasCr = false;
        while (true) {
            if (position == limit && !fill()) {
                return length == 0 ? Optional.empty()
                        : Optional.of(new InputLine(Arrays.copyOf(line, kept), InputLine.Ending.END_OF_STREAM, length));
            }
            byte b = chunk[position++];
            if (b == '\n') {
                if (previousWasCr) {
                    int content = length - 1;
                    return Optional.of(new InputLine(Arrays.copyOf(line, Math.min(kept, content)),
                            InputLine.Ending.CRLF, content));
                }
                return Optional.of(new InputLine(Arrays.copyOf(line, kept), InputLine.Ending.BARE_LF, length));
            }
            previousWasCr = b == '\r';
            length++;
            if (kept < cap) {
                if (kept == line.length) {
                    line = Arrays.copyOf(line, Math.min(cap, line.length * 2));
                }
                line[kept++] = b;
            }
        }
    }

    /** Exactly {@code count} octets, whatever they hold (BDAT chunks, RFC 3030 §2). */
    public byte[] readExactly(int count) throws IOException {
        byte[] out = new byte[count];
        int done = 0;
        while (done < count) {
            if (position == limit && !fill()) {
                throw new EOFException("the stream ended " + (count - done) + " octets early");
            }
            int n = Math.min(count - done, limit - position);
            System.arraycopy(chunk, position, out, done, n);
            position += n;
            done += n;
        }
        return out;
    }

    /** True when bytes are waiting that can be read without blocking (used to batch pipelined replies). */
    public boolean hasBufferedInput() throws IOException {
        return position < limit || in.available() > 0;
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, chunk.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
