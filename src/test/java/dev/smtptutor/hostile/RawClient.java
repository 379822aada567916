package dev.smtptutor.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client as bare as telnet, for tests that must send exactly what a hostile client sends. */
final class RawClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    RawClient(InetAddress address, int port) throws IOException {
        this(new Socket(address, port));
    }

    /** A client whose connection comes from {@code from} (e.g. 127.0.0.2, another loopback address). */
    RawClient(InetAddress address, int port, InetAddress from) throws IOException {
        this(new Socket(address, port, from, 0));
    }

    private RawClient(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(20_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    /** The lines of the next reply, joined with LF; empty when the server closed. */
    String reply() throws IOException {
        StringBuilder reply = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            reply.append(reply.length() == 0 ? "" : "\n").append(line);
            if (line.length() < 4 || line.charAt(3) == ' ') {
                return reply.toString();
            }
        }
        return reply.toString();
    }

    /** Sends the line with CRLF and returns the reply. */
    String command(String line) throws IOException {
        send(line + "\r\n");
        return reply();
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** EHLO, MAIL, RCPT, DATA, then {@code octets} of text in lines of 100, and the final dot: its reply. */
    String sendMessage(int octets) throws IOException {
        command("EHLO client.example");
        command("MAIL FROM:<alice@example.test>");
        command("RCPT TO:<bob@example.test>");
        command("DATA");
        String line = "x".repeat(98) + "\r\n";
        StringBuilder text = new StringBuilder("Subject: big\r\n\r\n");
        for (int sent = 0; sent < octets; sent += line.length()) {
            text.append(line);
            if (text.length() > 64 * 1024) {
                send(text.toString());
                text.setLength(0);
            }
        }
        return command(text + ".");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
