package dev.smtptutor.shell;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Input read with a size cap: {@code explain --bounce /dev/zero} or {@code explain < /dev/zero} must
 * end with a sentence, not fill the memory. A file's size cannot be trusted for this (a device, a pipe
 * and /proc files all say 0), so the cap is counted as the bytes come.
 */
public final class BoundedInput extends FilterInputStream {

    /** A bounce is a message: at most the size limit most servers set (10 MB). */
    public static final int BOUNCE_CAP = 10 * 1024 * 1024;
    /** Replies pasted or piped in: a megabyte is thousands of replies. */
    public static final int REPLIES_CAP = 1024 * 1024;

    /** The input went past its cap. */
    public static final class TooLarge extends IOException {
        private final long cap;

        TooLarge(long cap) {
            super(Messages.get("input.too-large", "megabytes", cap / (1024 * 1024)));
            this.cap = cap;
        }

        public long cap() {
            return cap;
        }
    }

    private final long cap;
    private long read;

    public BoundedInput(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    /** The whole file, or {@link TooLarge} once it passes {@code cap} bytes. */
    public static byte[] readFile(Path file, int cap) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new TooLarge(cap);
            }
            return Arrays.copyOf(bytes, bytes.length);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++read > cap) {
            throw new TooLarge(cap);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && (read += n) > cap) {
            throw new TooLarge(cap);
        }
        return n;
    }
}
