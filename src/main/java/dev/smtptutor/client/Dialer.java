package dev.smtptutor.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Opens the TCP connection: name lookup, then each address in turn. */
final class Dialer {

    private static final ResourceTexts WORDS = ResourceTexts.load("details");


    private Dialer() {}

    /**
     * Tries each address of the host in turn, as RFC 5321 §5.1 advises, each with the connect
     * timeout; the last failure is reported when none accepts.
     */
    static Socket dial(ConnectionOptions options) throws ConnectionException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(options.host());
        } catch (IOException e) {
            throw Failures.connecting(e, options);
        }
        IOException last = new IOException(WORDS.text("dns.no-address", java.util.Map.of()));
        for (InetAddress address : addresses) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, options.port()),
                        (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
        }
        throw Failures.connecting(last, options);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // it never opened
        }
    }
}
