package dev.smtptutor.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** A test client that speaks bytes: what it sends and reads is exactly what crossed the socket. */
final class RawClient implements AutoCloseable {

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends the line with CRLF. */
    RawClient send(String line) throws IOException {
        return sendRaw(line + "\r\n");
    }

    RawClient sendRaw(String bytes) throws IOException {
        return sendRaw(bytes.getBytes(StandardCharsets.UTF_8));
    }

    RawClient sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** One whole reply, multi-line included, exactly as sent (lines with their CRLF). */
    String reply() throws IOException {
        StringBuilder all = new StringBuilder();
        while (true) {
            String line = line();
            if (line == null) {
                return all.length() == 0 ? null : all.toString();
            }
            all.append(line);
            if (line.length() < 4 || line.charAt(3) == ' ') {
                return all.toString();
            }
        }
    }

    /** Sends the line and returns the reply to it. */
    String ask(String line) throws IOException {
        send(line);
        return reply();
    }

    /** One line including its CRLF, or null at the end of the stream. */
    String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            buffer.write(b);
            if (b == '\n') {
                break;
            }
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.UTF_8);
    }

    /** True when the server has closed: the next read sees the end of the stream. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    void startTls(SSLContext context) throws IOException {
        SSLSocket secure = (SSLSocket) context.getSocketFactory().createSocket(socket, "localhost", socket.getPort(), true);
        secure.startHandshake();
        socket = secure;
        in = secure.getInputStream();
        out = secure.getOutputStream();
    }

    String tlsProtocol() {
        return ((SSLSocket) socket).getSession().getProtocol();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
