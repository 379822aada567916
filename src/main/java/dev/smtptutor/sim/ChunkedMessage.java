package dev.smtptutor.sim;

import java.io.ByteArrayOutputStream;

/**
 * A message arriving in BDAT chunks (RFC 3030 §2): the octets exactly as sent, with no dot-stuffing
 * and no line semantics. Past the size limit octets are counted but no longer kept.
 */
final class ChunkedMessage {

    private final ByteArrayOutputStream content = new ByteArrayOutputStream();
    private final long sizeLimit;
    private long size;
    /** A chunk was refused: the rest are discarded until BDAT LAST or RSET, as Postfix does. */
    boolean failed;

    ChunkedMessage(long sizeLimit) {
        this.sizeLimit = sizeLimit;
    }

    void append(byte[] octets) {
        size += octets.length;
        if (size <= sizeLimit) {
            content.writeBytes(octets);
        }
    }

    long size() {
        return size;
    }

    boolean tooBig() {
        return size > sizeLimit;
    }

    byte[] content() {
        return content.toByteArray();
    }
}
