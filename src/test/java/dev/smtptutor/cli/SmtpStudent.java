package dev.smtptutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** A student at a raw socket, the way telnet or nc -C would talk: lines with CRLF, replies read whole. */
final class SmtpStudent implements AutoCloseable {

    private final int port;
    private final SSLContext trust;
    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    SmtpStudent(int port, SSLContext trust) throws IOException {
        this.port = port;
        this.trust = trust;
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        streams();
        reply();
    }

    private void streams() throws IOException {
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
    }

    /** Sends one line and returns the last line of the reply ("250 2.1.0 Ok"). */
    String send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return reply();
    }

    private String reply() throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (line.length() < 4 || line.charAt(3) != '-') {
                return line;
            }
        }
        throw new IOException("the server closed the connection");
    }

    /** STARTTLS and the handshake, trusting the simulator's own certificate. */
    String startTls() throws IOException {
        String reply = send("STARTTLS");
        if (reply.startsWith("220")) {
            SSLSocket tls = (SSLSocket) trust.getSocketFactory().createSocket(socket, "mail.example.test", port, true);
            tls.startHandshake();
            socket = tls;
            streams();
        }
        return reply;
    }

    /** AUTH PLAIN with the roster id and password (RFC 4616: NUL, user, NUL, password). */
    String authPlain(String user, String password) throws IOException {
        String response = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
        return send("AUTH PLAIN " + response);
    }

    /** DATA, the lines, and the final dot; the reply to the dot. */
    /**
     * Exercise 1 done right: EHLO, STARTTLS, EHLO again, AUTH PLAIN as the student, MAIL from their own
     * address, RCPT to bob, the message; returns the reply to its end.
     */
    String sendsProperly(String id, String password, String... lines) throws IOException {
        send("EHLO laptop");
        startTls();
        send("EHLO laptop");
        authPlain(id, password);
        send("MAIL FROM:<" + id + "@example.test>");
        send("RCPT TO:<bob@example.test>");
        return message(lines);
    }

    String message(String... lines) throws IOException {
        send("DATA");
        for (String line : lines) {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return send(".");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
