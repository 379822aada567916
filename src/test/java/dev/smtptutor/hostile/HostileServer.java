package dev.smtptutor.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The hostile host of these tests: a real socket on a free loopback port that plays a script
 * against every client it accepts, each in a thread of its own. Closing it closes the listener and
 * every client socket, which also ends scripts that never stop sending.
 */
final class HostileServer implements AutoCloseable {

    @FunctionalInterface
    interface Script {
        void play(Peer peer) throws IOException;
    }

    private final ServerSocket listener;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    private HostileServer(Script script) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    clients.add(client);
                    Thread player = new Thread(() -> {
                        try (client) {
                            script.play(new Peer(client));
                        } catch (IOException ignored) {
                            // the client went away or the test closed the server: the test judges
                        }
                    }, "hostile-server-client");
                    player.setDaemon(true);
                    player.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "hostile-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static HostileServer start(Script script) throws IOException {
        return new HostileServer(script);
    }

    /** A server that greets with this line and answers every command with the next reply, in turn. */
    static HostileServer replying(String greeting, String... replies) throws IOException {
        return start(peer -> {
            peer.send(greeting);
            for (String reply : replies) {
                if (peer.readLine() == null) {
                    return;
                }
                peer.send(reply);
            }
            while (peer.readLine() != null) {
                peer.send("250 ok\r\n");
            }
        });
    }

    int port() {
        return listener.getLocalPort();
    }

    String endpoint() {
        return "127.0.0.1:" + port();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket client : clients) {
            client.close();
        }
    }

    /** One client, as the script sees it. */
    static final class Peer {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Sends these characters as UTF-8 bytes, exactly (the script writes its own CRLFs). */
        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** The next line the client sent without its CRLF; null when the client closed. */
        String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8).replaceFirst("\r$", "");
                }
                line.write(b);
            }
            return null;
        }

        Socket socket() {
            return socket;
        }
    }
}
