package dev.smtptutor.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A tiny misbehaving server for tests: a real socket on a free loopback port whose first client is
 * served by the given behaviour in a thread. Closing it closes the listener and the client socket.
 */
final class FakeServer implements AutoCloseable {

    @FunctionalInterface
    interface Behaviour {
        void serve(Socket client) throws IOException;
    }

    private final ServerSocket listener;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    private FakeServer(ServerSocket listener, Behaviour behaviour) {
        this.listener = listener;
        Thread thread = new Thread(() -> {
            try {
                Socket client = listener.accept();
                clients.add(client);
                behaviour.serve(client);
            } catch (IOException ignored) {
                // the test closed the server, or the client went away: either way the test decides
            }
        }, "fake-smtp-server");
        thread.setDaemon(true);
        thread.start();
    }

    static FakeServer start(Behaviour behaviour) throws IOException {
        return new FakeServer(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()), behaviour);
    }

    /** Serves over TLS from the first byte, like an implicit-TLS (port 465) server. */
    static FakeServer startTls(SSLContext serverContext, Behaviour behaviour) throws IOException {
        return new FakeServer(serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress()), behaviour);
    }

    int port() {
        return listener.getLocalPort();
    }

    String host() {
        return listener.getInetAddress().getHostAddress();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket client : clients) {
            client.close();
        }
    }

    /** Reads until the client closes, then closes this end (over TLS: answers close_notify). */
    static void drain(Socket client) throws IOException {
        try (client) {
            client.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /** Writes text as US-ASCII bytes and flushes. */
    static void write(Socket client, String text) throws IOException {
        client.getOutputStream().write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
    }
}
