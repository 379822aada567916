package dev.smtptutor.sim;


/**
 * A message arriving in BDAT chunks (RFC 3030 §2): the octets exactly as sent, with no dot-stuffing
 * and no line semantics. Past the size limit octets are counted but no longer kept.
 */
final class ChunkedMessage {

    private final MessageBuffer content;
    private final long sizeLimit;
    private long size;
    /** A chunk was refused: the rest are discarded until BDAT LAST or RSET, as Postfix does. */
    boolean failed;

    ChunkedMessage(long sizeLimit, MailStore store) {
        this.sizeLimit = sizeLimit;
        this.content = new MessageBuffer(store);
    }

    void append(byte[] octets) {
        size += octets.length;
        if (size <= sizeLimit) {
            content.write(octets, 0, octets.length);
        } else {
            content.discard();
        }
    }

    /** The store had no room for the message (see {@link MessageBuffer}). */
    boolean refusedForStorage() {
        return content.refusedForStorage();
    }

    /** Gives the store its room back: the message ended, failed or was reset. */
    void discard() {
        content.discard();
    }

    long size() {
        return size;
    }

    boolean tooBig() {
        return size > sizeLimit;
    }

    byte[] content() {
        return content.take();
    }
}
