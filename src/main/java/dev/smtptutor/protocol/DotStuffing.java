package dev.smtptutor.protocol;

import java.io.ByteArrayOutputStream;

/**
 * Transparency for the DATA phase (RFC 5321 §4.5.2): a sender doubles a leading period on each line;
 * a receiver removes it again. The line holding a single period ends the message.
 */
public final class DotStuffing {

    private static final byte[] CRLF = {'\r', '\n'};

    private DotStuffing() {}

    /** A line as it must go on the wire: one extra period in front of a line that starts with one. */
    public static String stuffLine(String line) {
        return line.startsWith(".") ? "." + line : line;
    }

    /** A received line with the transparency period removed. */
    public static String unstuffLine(String line) {
        return line.startsWith(".") ? line.substring(1) : line;
    }

    /** True for the end-of-data line, a single period. */
    public static boolean isEndOfData(String line) {
        return line.equals(".");
    }

    /**
     * A whole message ready to follow DATA: every line ended by CRLF (bare LF becomes CRLF),
     * leading periods doubled, then the terminating ".CRLF".
     */
    public static byte[] encode(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 16);
        boolean lineStart = true;
        for (int i = 0; i < message.length; i++) {
            byte b = message[i];
            if (lineStart && b == '.') {
                out.write('.');
            }
            if (b == '\n') {
                if (i == 0 || message[i - 1] != '\r') {
                    out.write('\r');
                }
                out.write('\n');
                lineStart = true;
                continue;
            }
            out.write(b);
            lineStart = false;
        }
        if (!lineStart) {
            out.writeBytes(CRLF);
        }
        out.write('.');
        out.writeBytes(CRLF);
        return out.toByteArray();
    }
}
