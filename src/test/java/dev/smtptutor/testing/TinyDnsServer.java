package dev.smtptutor.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A DNS server on a loopback UDP port that answers MX questions from a table (RFC 1035 §4.1) and
 * says "no such name" to everything else: real packets, for testing MX look-ups without a network.
 */
public final class TinyDnsServer implements AutoCloseable {

    public record Mx(int preference, String host) {}

    private final DatagramSocket socket;
    private final Map<String, List<Mx>> table;
    private final java.util.Set<String> failing;
    private final Thread thread;

    public TinyDnsServer(Map<String, List<Mx>> table) throws IOException {
        this(table, java.util.Set.of());
    }

    /** @param failing names answered with SERVFAIL (a DNS server that cannot answer now) */
    public TinyDnsServer(Map<String, List<Mx>> table, java.util.Set<String> failing) throws IOException {
        this.table = table;
        this.failing = failing;
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "tiny-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            DatagramPacket query = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(query);
                byte[] answer = answer(query.getData(), query.getLength());
                socket.send(new DatagramPacket(answer, answer.length, query.getSocketAddress()));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private byte[] answer(byte[] query, int length) {
        int end = 12;
        StringBuilder name = new StringBuilder();
        while (query[end] != 0) {
            int label = query[end];
            name.append(name.length() == 0 ? "" : ".").append(new String(query, end + 1, label, StandardCharsets.US_ASCII));
            end += label + 1;
        }
        int questionEnd = end + 5; // zero byte, QTYPE, QCLASS
        int type = ((query[end + 1] & 0xff) << 8) | (query[end + 2] & 0xff);
        List<Mx> records = type == 15 ? table.getOrDefault(name.toString().toLowerCase(), List.of()) : List.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.write(0x81); // response, recursion desired
        String asked = name.toString().toLowerCase();
        // recursion available; SERVFAIL (2) for a failing name, NXDOMAIN (3) if unknown
        out.write(failing.contains(asked) ? 0x82 : table.containsKey(asked) ? 0x80 : 0x83);
        writeShort(out, 1);
        writeShort(out, records.size());
        writeShort(out, 0);
        writeShort(out, 0);
        out.write(query, 12, questionEnd - 12);
        for (Mx mx : records) {
            writeShort(out, 0xC00C); // name: pointer to the question
            writeShort(out, 15);
            writeShort(out, 1);
            writeShort(out, 0);
            writeShort(out, 300);
            byte[] exchange = labels(mx.host());
            writeShort(out, 2 + exchange.length);
            writeShort(out, mx.preference());
            out.write(exchange, 0, exchange.length);
        }
        return out.toByteArray();
    }

    private static byte[] labels(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String label : host.isEmpty() ? new String[0] : host.split("\\.")) { // "": the root, a null MX
            out.write(label.length());
            out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        out.write(0);
        return out.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xff);
        out.write(value & 0xff);
    }

    @Override
    public void close() {
        socket.close();
    }
}
