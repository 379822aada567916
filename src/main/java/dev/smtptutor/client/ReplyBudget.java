package dev.smtptutor.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * The socket's input, read under a deadline and a byte budget for the reply being read. A reply
 * timeout is for the whole reply, not for each read: a server that drips one byte a second would
 * otherwise never time out. And a server that never ends its reply (endless "220-" lines, or one
 * endless line) must not fill the memory: past the budget the read fails.
 */
final class ReplyBudget extends FilterInputStream {

    /** Thrown when a reply grows past its byte budget. */
    static final class Exceeded extends IOException {
        Exceeded(long budget) {
            super("the reply grew past " + budget + " octets");
        }
    }

    private final Socket socket;
    private long deadlineNanos = Long.MAX_VALUE;
    private long budget = Long.MAX_VALUE;
    private long read;

    ReplyBudget(Socket socket) throws IOException {
        super(socket.getInputStream());
        this.socket = socket;
    }

    /** Starts a new reply: it must be complete within {@code millis} and {@code octets}. */
    void start(long millis, long octets) {
        deadlineNanos = System.nanoTime() + millis * 1_000_000L;
        budget = octets;
        read = 0;
    }

    /** Octets read since {@link #start}. */
    long octetsRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("the reply was not complete before its deadline");
        }
        if (read >= budget) {
            throw new Exceeded(budget);
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
        int n = super.read(buffer, offset, (int) Math.min(length, budget - read));
        if (n > 0) {
            read += n;
        }
        return n;
    }
}
