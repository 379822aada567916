package dev.smtptutor.protocol;

import java.nio.charset.StandardCharsets;

/**
 * One line as it arrived: its bytes without the line ending, how it ended, and its full length.
 * Keeping the ending lets a server refuse bare LF (RFC 5321 §2.3.8: lines end with CRLF only).
 *
 * @param bytes  the line's content, at most the reader's cap (the rest of an overlong line is dropped)
 * @param ending how the line ended
 * @param length the content's real length in octets, also past the cap
 */
public record InputLine(byte[] bytes, Ending ending, int length) {

    public enum Ending {
        /** CR LF, the only ending SMTP allows. */
        CRLF,
        /** LF without CR before it: a "bare LF". */
        BARE_LF,
        /** The stream ended before any line ending. */
        END_OF_STREAM
    }

    /** A CRLF-ended line, as a well-behaved client sends it. */
    public static InputLine of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputLine(bytes, Ending.CRLF, bytes.length);
    }

    public boolean truncated() {
        return length > bytes.length;
    }

    /** True when a CR stands anywhere but right before the LF ending ("bare CR"). */
    public boolean hasBareCr() {
        for (byte b : bytes) {
            if (b == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The content as text; bytes that are not UTF-8 become U+FFFD. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
