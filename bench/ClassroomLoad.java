import java.io.BufferedInputStream;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A class of students over real sockets, all at once: each connects, says EHLO, logs in with AUTH PLAIN
 * (unless --no-auth), sends its messages (MAIL, RCPT, DATA, the text, the dot) and QUITs. Prints
 * messages per second and the slowest reply. Run: java bench/ClassroomLoad.java PORT STUDENTS MESSAGES [--no-auth]
 * (students s001.. with password pw-s001.., as bench/classroom writes the roster).
 */
public final class ClassroomLoad {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int students = Integer.parseInt(args[1]);
        int messages = Integer.parseInt(args[2]);
        boolean auth = !(args.length > 3 && args[3].equals("--no-auth"));
        AtomicLong slowest = new AtomicLong();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(students);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(students);
        List<Thread> threads = new ArrayList<>();
        for (int n = 1; n <= students; n++) {
            String id = String.format("s%03d", n);
            Thread t = new Thread(null, () -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.setSoTimeout(60_000);
                    // Buffered: one read(2) per reply, not one per byte, so the client's own CPU
                    // (it shares the machine with the server) does not decide the figure.
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 4096);
                    OutputStream out = socket.getOutputStream();
                    ready.countDown();
                    go.await();
                    reply(in, slowest, System.nanoTime(), "greeting");
                    send(out, in, slowest, "EHLO " + id);
                    if (auth) {
                        String token = Base64.getEncoder().encodeToString(("\0" + id + "\0pw-" + id)
                                .getBytes(StandardCharsets.US_ASCII));
                        check(send(out, in, slowest, "AUTH PLAIN " + token), "235", failed);
                    }
                    for (int m = 0; m < messages; m++) {
                        send(out, in, slowest, "MAIL FROM:<" + id + "@example.test>");
                        send(out, in, slowest, "RCPT TO:<bob@example.test>");
                        send(out, in, slowest, "DATA");
                        String body = "Subject: message " + m + " from " + id + "\r\nFrom: <" + id + "@example.test>\r\n\r\n"
                                + "x".repeat(900) + "\r\n.";
                        if (check(send(out, in, slowest, body), "250", failed)) {
                            sent.incrementAndGet();
                        }
                    }
                    send(out, in, slowest, "QUIT");
                } catch (Exception e) {
                    failed.incrementAndGet();
                    ready.countDown();
                } finally {
                    done.countDown();
                }
            }, id, 256 * 1024);
            t.start();
            threads.add(t);
        }
        ready.await();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        go.countDown();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        double clientCpuUs = (os.getProcessCpuTime() - cpuBefore) / 1e3 / Math.max(1, sent.get());
        System.out.printf("students=%d messages=%d failed=%d seconds=%.2f msgs/s=%.0f slowest_reply_ms=%.1f slowest_step=%s client_cpu_us/msg=%.0f%n",
                students, sent.get(), failed.get(), seconds, sent.get() / seconds, slowest.get() / 1e6,
                SLOWEST_STEP[0].replace(' ', '-'), clientCpuUs);
    }

    private static boolean check(String reply, String code, AtomicInteger failed) {
        if (reply == null || !reply.startsWith(code)) {
            failed.incrementAndGet();
            return false;
        }
        return true;
    }

    private static String send(OutputStream out, InputStream in, AtomicLong slowest, String line) throws IOException {
        long at = System.nanoTime();
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String step = line.endsWith("\r\n.") ? "end of data" : line.split("[ :]", 2)[0];
        return reply(in, slowest, at, step);
    }

    /** The step (greeting, EHLO, AUTH, MAIL, RCPT, DATA, end of data, QUIT) of the slowest reply. */
    private static final String[] SLOWEST_STEP = {"-"};

    private static String reply(InputStream in, AtomicLong slowest, long since, String step) throws IOException {
        String line;
        do {
            line = line(in);
        } while (line != null && line.length() > 3 && line.charAt(3) == '-');
        long took = System.nanoTime() - since;
        if (took > slowest.get()) {
            slowest.accumulateAndGet(took, Math::max);
            synchronized (SLOWEST_STEP) {
                if (took >= slowest.get()) {
                    SLOWEST_STEP[0] = step;
                }
            }
        }
        return line;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                return b.toString(StandardCharsets.US_ASCII).replace("\r", "");
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
    }
}
