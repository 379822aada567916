package dev.smtptutor.sim;

import java.io.ByteArrayOutputStream;

/**
 * The text of a message being received, kept only as far as the store's byte budget allows. Every
 * message under way reserves its octets from the {@link MailStore} as it grows, so a hundred clients
 * sending 10 MB each at once cannot take the server's memory: past the budget the octets are counted
 * but dropped, and the message is refused at its end with 452 4.3.1 (RFC 5321 §4.2.2, "insufficient
 * system storage"; RFC 3463 4.3.1 "mail system full"), a temporary failure the client may retry.
 */
final class MessageBuffer {

    /** Reserve in steps, so the store's lock is taken once per step, not once per line. */
    private static final long STEP = 256 * 1024;

    private final MailStore store;
    private ByteArrayOutputStream content = new ByteArrayOutputStream();
    private long reserved;
    private boolean refused;

    MessageBuffer(MailStore store) {
        this.store = store;
    }

    void write(byte[] bytes, int offset, int length) {
        if (refused) {
            return;
        }
        long needed = (long) content.size() + length;
        if (needed > reserved) {
            long more = Math.max(STEP, needed - reserved);
            if (!store.reserve(more) && !store.reserve(more = needed - reserved)) {
                refused = true;
                discard();
                return;
            }
            reserved += more;
        }
        content.write(bytes, offset, length);
    }

    /** True when the store had no room for this message. */
    boolean refusedForStorage() {
        return refused;
    }

    /** The octets kept, handing the reservation back (the store counts the message itself once added). */
    byte[] take() {
        byte[] octets = content.toByteArray();
        discard();
        return octets;
    }

    /** Drops the octets and hands the reservation back; safe to call more than once. */
    void discard() {
        content = new ByteArrayOutputStream();
        store.release(reserved);
        reserved = 0;
    }
}
