package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a class: every message a student was told 250 for is in the Maildir byte
 * for byte, every transcript line is whole JSON (at most the last one torn, and never read), and the
 * restarted server knows each student's progress.
 */
class ClassroomKillTest {

    private static final int STUDENTS = 8;
    private static final Pattern LISTENING = Pattern.compile("smtp-tutor classroom listening on 127\\.0\\.0\\.1:(\\d+) .*");
    private static final Pattern QUEUED = Pattern.compile("250 2\\.0\\.0 Ok: queued as (\\w+); (.*)");

    @TempDir
    Path dir;

    record Ack(String student, String marker, String reply) {}

    @Test
    void killedMidClassLosesNothingAcknowledgedAndResumesProgress() throws Exception {
        Path roster = dir.resolve("roster.csv");
        StringBuilder csv = new StringBuilder("id,name,password\n");
        for (int n = 1; n <= STUDENTS; n++) {
            csv.append(String.format("s%02d,Student %d,pw%d%n", n, n, n));
        }
        Files.writeString(roster, csv);
        Path data = dir.resolve("data");
        Map<String, Ack> acked = new ConcurrentHashMap<>();

        Process first = start(roster, data);
        int port = port(first);
        CountDownLatch enough = new CountDownLatch(40);
        CountDownLatch everyone = new CountDownLatch(STUDENTS);
        AtomicInteger counter = new AtomicInteger();
        List<Thread> students = new ArrayList<>();
        for (int n = 1; n <= STUDENTS; n++) {
            String id = String.format("s%02d", n);
            String password = "pw" + n;
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.setSoTimeout(20_000);
                    Session s = new Session(socket);
                    s.expect("220");
                    s.send("EHLO " + id);
                    s.send("AUTH PLAIN " + Base64.getEncoder().encodeToString(("\0" + id + "\0" + password)
                            .getBytes(StandardCharsets.UTF_8)));
                    boolean firstAck = true;
                    while (true) {
                        String marker = id + "-" + counter.incrementAndGet();
                        s.send("MAIL FROM:<" + id + "@example.test>");
                        s.send("RCPT TO:<bob@example.test>");
                        s.send("DATA");
                        s.out.write(("Subject: " + marker + "\r\n\r\nbody " + marker + "\r\n.\r\n").getBytes(StandardCharsets.US_ASCII));
                        s.out.flush();
                        String reply = s.line();
                        if (reply == null) {
                            return;
                        }
                        if (reply.startsWith("250 ")) {
                            acked.put(marker, new Ack(id, marker, reply));
                            enough.countDown();
                            if (firstAck) {
                                everyone.countDown();
                                firstAck = false;
                            }
                        }
                    }
                } catch (Exception killed) {
                    // the server died under us: that is the point
                }
            });
            t.start();
            students.add(t);
        }
        assertTrue(enough.await(60, TimeUnit.SECONDS));
        assertTrue(everyone.await(60, TimeUnit.SECONDS));
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, nothing
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        for (Thread t : students) {
            t.join(20_000);
        }

        // Every acknowledged message is in bob's Maildir, byte for byte.
        Set<String> delivered = new HashSet<>();
        try (Stream<Path> files = Files.list(data.resolve("mail/bob/new"))) {
            for (Path file : files.toList()) {
                delivered.add(Files.readString(file, StandardCharsets.US_ASCII));
            }
        }
        for (Ack ack : acked.values()) {
            assertTrue(delivered.contains("Subject: " + ack.marker() + "\r\n\r\nbody " + ack.marker() + "\r\n"), ack.marker());
        }
        // Every transcript line but maybe the very last of a file is whole JSON, and each 250 is in one.
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(data.resolve("sessions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length - 1; i++) {
                    JSON.std.mapFrom(lines[i]);
                }
                all.append(text);
            }
        }
        for (Ack ack : acked.values()) {
            Matcher queued = QUEUED.matcher(ack.reply());
            assertTrue(queued.matches(), ack.reply());
            assertTrue(all.toString().contains(JSON.std.asString(ack.reply())), ack.reply());
        }

        // A kill between the journal's force and the Maildir write leaves a record only in the journal.
        byte[] journaled = "Subject: journaled\r\n\r\nonly in the journal\r\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(data.resolve("journal/journal.000000000500"), journalRecord("bob", "9.M0P9Q9.mx", journaled));

        // Restarted on the same data: s01 has 3 of 4 of exercise 1; a message that meets exercise 2 in full is
        // credited to exercise 2 (and exercise 1 keeps its best attempt).
        Process second = start(roster, data);
        try {
            int again = port(second);
            assertEquals(new String(journaled, StandardCharsets.US_ASCII),
                    Files.readString(data.resolve("mail/bob/new/9.M0P9Q9.mx"), StandardCharsets.US_ASCII));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), again)) {
                socket.setSoTimeout(20_000);
                Session s = new Session(socket);
                s.expect("220");
                s.send("EHLO s01");
                s.send("AUTH PLAIN " + Base64.getEncoder().encodeToString("\0s01\0pw1".getBytes(StandardCharsets.UTF_8)));
                s.send("MAIL FROM:<s01@example.test>");
                s.send("RCPT TO:<alice@example.test>");
                s.send("DATA");
                s.out.write("Subject: again\r\n\r\nhi\r\n.\r\n".getBytes(StandardCharsets.US_ASCII));
                s.out.flush();
                String reply = s.line();
                Matcher queued = QUEUED.matcher(reply);
                assertTrue(queued.matches(), reply);
                assertEquals("exercise 2: 4 of 4, complete", queued.group(2));
            }
            Process grade = ForkedJvm.main("grade", "--data", data.toString(), "--format", "csv").start();
            String report = new String(grade.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(grade.waitFor(30, TimeUnit.SECONDS));
            assertTrue(report.startsWith("id,name,ex01,ex02,"), report);
            assertTrue(report.contains("\ns01,Student 1,3,4,"), report); // exercise 1 before the kill (3 of 4: no STARTTLS)
        } finally {
            second.destroyForcibly();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The journal's record: [length][CRC32 of payload][short n, mailbox][short n, file name][bytes]. */
    private static byte[] journalRecord(String mailbox, String name, byte[] content) {
        byte[] box = mailbox.getBytes(StandardCharsets.UTF_8);
        byte[] file = name.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer payload = java.nio.ByteBuffer.allocate(4 + box.length + file.length + content.length)
                .putShort((short) box.length).put(box).putShort((short) file.length).put(file).put(content);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(payload.array());
        return java.nio.ByteBuffer.allocate(8 + payload.capacity()).putInt(payload.capacity())
                .putInt((int) crc.getValue()).put(payload.array()).array();
    }

    private static Process start(Path roster, Path data) throws Exception {
        return ForkedJvm.main("serve", "--classroom", "--roster", roster.toString(), "--data", data.toString(),
                "--port", "0", "--log", "none").start();
    }

    private static int port(Process process) throws Exception {
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = log.readLine();
        Matcher m = LISTENING.matcher(String.valueOf(first));
        assertTrue(m.matches(), first);
        Thread drain = new Thread(() -> {
            try {
                log.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
    }

    /** The few lines a student types, each reply read whole. */
    private static final class Session {
        final InputStream in;
        final OutputStream out;

        Session(Socket socket) throws java.io.IOException {
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(String line) throws java.io.IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply;
            do {
                reply = line();
            } while (reply != null && reply.length() > 3 && reply.charAt(3) == '-');
        }

        void expect(String code) throws java.io.IOException {
            String reply = line();
            assertTrue(reply != null && reply.startsWith(code), reply);
        }

        String line() throws java.io.IOException {
            StringBuilder s = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    return s.toString().replace("\r", "");
                }
                s.append((char) b);
            }
            return null;
        }
    }
}
