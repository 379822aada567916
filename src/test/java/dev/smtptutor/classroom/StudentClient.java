package dev.smtptutor.classroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** A student at a keyboard, over a real socket: sends exact bytes, reads whole replies. */
final class StudentClient implements AutoCloseable {

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    final String greeting;

    StudentClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        greeting = reply();
    }

    /** Sends one line with CRLF and returns the reply's last line (the one with a space after the code). */
    String send(String line) throws IOException {
        raw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        return reply();
    }

    /** Sends lines that get no reply of their own (message text). */
    void text(String... lines) throws IOException {
        for (String line : lines) {
            raw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    String reply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = line();
            if (line == null) {
                return lines.isEmpty() ? null : lines.get(lines.size() - 1);
            }
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) == ' ') {
                return line;
            }
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String s = buffer.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.UTF_8);
    }

    String startTls(SSLContext context) throws IOException {
        String reply = send("STARTTLS");
        SSLSocket secure = (SSLSocket) context.getSocketFactory().createSocket(socket, "mail.example.test",
                socket.getPort(), true);
        secure.setUseClientMode(true);
        secure.startHandshake();
        socket = secure;
        in = secure.getInputStream();
        out = secure.getOutputStream();
        return reply;
    }

    /** EHLO, STARTTLS, and EHLO again: RFC 3207 §4.2 has the client forget what it learned before TLS. */
    void helloOverTls(String name, SSLContext context) throws IOException {
        send("EHLO " + name);
        startTls(context);
        send("EHLO " + name);
    }

    String authPlain(String user, String password) throws IOException {
        String token = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
        return send("AUTH PLAIN " + token);
    }

    String authLogin(String user, String password) throws IOException {
        send("AUTH LOGIN");
        send(Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        return send(Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
    }

    /** AUTH CRAM-MD5 (RFC 2195): the answer is the user and the HMAC-MD5 of the server's challenge. */
    String authCramMd5(String user, String password) throws IOException {
        String challenge = send("AUTH CRAM-MD5").substring(4);
        byte[] decoded = Base64.getDecoder().decode(challenge);
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacMD5");
            mac.init(new javax.crypto.spec.SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal(decoded)) {
                hex.append(String.format("%02x", b));
            }
            return send(Base64.getEncoder().encodeToString((user + " " + hex).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MAIL, RCPT, DATA, the lines, the dot: returns the reply after the dot. */
    String message(String from, String to, String... lines) throws IOException {
        send("MAIL FROM:<" + from + ">");
        send("RCPT TO:<" + to + ">");
        send("DATA");
        text(lines);
        return send(".");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
