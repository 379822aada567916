import dev.smtptutor.sim.SimServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Holds many idle SMTP sessions open and measures how quickly one more session is answered.
 *
 * <p>Opens {@code --idle} connections (default 1,000), reads each greeting and sends EHLO, so each
 * is an established session the server must keep a thread and buffers for. While they sit idle, a
 * further connection runs {@code --rounds} full sessions (greeting, EHLO, MAIL, RCPT, DATA, the
 * message, QUIT), timing every reply from the moment the command was written (for the greeting,
 * from the connect) to the last line of the reply. Prints count, min, median, p99 and max, and
 * PASS when the slowest reply took at most {@code --max-ms} (default 50). Then checks with NOOP that
 * every idle session is still open and closes them all with QUIT.
 *
 * <pre>
 * java -cp 'target/smtp-tutor.jar:target/lib/*' bench/IdleSessions.java [options] [HOST:PORT]
 * </pre>
 * Without HOST:PORT it starts the simulator in this JVM. Exit status: 0 PASS, 1 FAIL, 2 error.
 */
public final class IdleSessions {

    private static final int READ_TIMEOUT_MS = 10_000;
    private static final String SENDER = "alice@example.test";
    private static final String RECIPIENT = "bob@example.test";

    /** One timed reply: what it answered and how long it took. */
    record Sample(String step, int code, long nanos) {}

    record Options(String host, int port, int idle, int rounds, double maxMillis, long serverPid) {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("IdleSessions: " + e.getMessage());
            System.err.println("usage: IdleSessions [--idle N] [--rounds N] [--max-ms MS] [--server-pid PID] [HOST:PORT]");
            System.exit(2);
            return;
        }
        SimServer local = null;
        if (options.host() == null) {
            local = SimServer.builder().start();
            options = new Options(local.address().getHostAddress(), local.port(), options.idle(), options.rounds(),
                    options.maxMillis(), ProcessHandle.current().pid());
            System.out.printf("Started the simulator in this JVM on %s:%d%n", options.host(), options.port());
        }
        int status;
        try {
            status = run(options);
        } catch (IOException e) {
            System.err.println("IdleSessions: " + e.getMessage());
            status = 2;
        } finally {
            if (local != null) {
                local.close();
            }
        }
        System.exit(status);
    }

    private static int run(Options options) throws IOException {
        List<Session> idle = new ArrayList<>(options.idle());
        try {
            long start = System.nanoTime();
            for (int i = 0; i < options.idle(); i++) {
                Session session = Session.open(options.host(), options.port(), "idle" + i + ".example.test");
                idle.add(session);
                session.expect(session.reply(), 220, "greeting of idle session " + (i + 1));
                session.expect(session.command("EHLO idle" + i + ".example.test"), 250, "EHLO of idle session " + (i + 1));
            }
            System.out.printf("Holding %d idle sessions (greeted, EHLO answered), opened in %.2f s%n",
                    idle.size(), (System.nanoTime() - start) / 1e9);
            printServer(options.serverPid());

            List<Sample> samples = new ArrayList<>();
            for (int round = 0; round < options.rounds(); round++) {
                samples.addAll(fullSession(options, round));
            }

            int stillOpen = 0;
            for (Session session : idle) {
                session.expect(session.command("NOOP"), 250, "NOOP on an idle session after the measurement");
                stillOpen++;
            }
            System.out.printf("All %d idle sessions still answered NOOP afterwards%n", stillOpen);
            return report(samples, options);
        } finally {
            for (Session session : idle) {
                session.quitQuietly();
            }
        }
    }

    /** One complete mail transaction on a new connection, every reply timed. */
    private static List<Sample> fullSession(Options options, int round) throws IOException {
        List<Sample> samples = new ArrayList<>();
        long connectStart = System.nanoTime();
        try (Session session = Session.open(options.host(), options.port(), "timed.example.test")) {
            samples.add(session.timed("greeting", 220, connectStart, session.reply()));
            samples.add(session.timedCommand("EHLO", "EHLO timed.example.test", 250));
            samples.add(session.timedCommand("MAIL", "MAIL FROM:<" + SENDER + ">", 250));
            samples.add(session.timedCommand("RCPT", "RCPT TO:<" + RECIPIENT + ">", 250));
            samples.add(session.timedCommand("DATA", "DATA", 354));
            samples.add(session.timedCommand("end of data", message(round), 250));
            samples.add(session.timedCommand("QUIT", "QUIT", 221));
        }
        return samples;
    }

    /** A small message ending in the lone period; lines never start with one, so no stuffing. */
    private static String message(int round) {
        StringBuilder text = new StringBuilder()
                .append("From: <").append(SENDER).append(">\r\n")
                .append("To: <").append(RECIPIENT).append(">\r\n")
                .append("Subject: latency probe ").append(round + 1).append("\r\n")
                .append("\r\n");
        for (int line = 0; line < 16; line++) {
            text.append("Line ").append(line).append(" of a message that only exists to be timed.\r\n");
        }
        return text.append('.').toString();
    }

    private static int report(List<Sample> samples, Options options) {
        long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        Sample slowest = samples.stream().max((a, b) -> Long.compare(a.nanos(), b.nanos())).orElseThrow();
        System.out.printf(Locale.ROOT, "%nReplies on the %s session while %,d sat idle (%d full sessions):%n",
                ordinal(options.idle() + 1), options.idle(), options.rounds());
        System.out.printf(Locale.ROOT, "  count %d  min %.2f ms  median %.2f ms  p99 %.2f ms  max %.2f ms (%s)%n",
                nanos.length, ms(nanos[0]), ms(percentile(nanos, 50)), ms(percentile(nanos, 99)),
                ms(nanos[nanos.length - 1]), slowest.step());
        for (String step : List.of("greeting", "EHLO", "MAIL", "RCPT", "DATA", "end of data", "QUIT")) {
            long[] only = samples.stream().filter(s -> s.step().equals(step)).mapToLong(Sample::nanos).sorted().toArray();
            System.out.printf(Locale.ROOT, "    %-12s median %6.2f ms  max %6.2f ms%n", step,
                    ms(percentile(only, 50)), ms(only[only.length - 1]));
        }
        boolean pass = ms(nanos[nanos.length - 1]) <= options.maxMillis();
        System.out.printf(Locale.ROOT, "Goal: every reply within %.0f ms: %s%n", options.maxMillis(), pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String ordinal(int n) {
        return String.format(Locale.ROOT, "%,d%s", n, switch (n % 100 >= 11 && n % 100 <= 13 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }

    /** What the server process holds, when we know which process that is (Linux /proc). */
    private static void printServer(long pid) {
        if (pid <= 0) {
            return;
        }
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            String rss = field(status, "VmRSS:");
            String threads = field(status, "Threads:");
            System.out.printf("Server process %d: %s threads, resident memory %s%n", pid, threads, rss);
        } catch (IOException e) {
            // not Linux, or the process is gone: the figure is a nicety
        }
    }

    private static String field(List<String> status, String name) {
        return status.stream().filter(l -> l.startsWith(name)).map(l -> l.substring(name.length()).strip())
                .findFirst().orElse("?");
    }

    private static Options parse(String[] args) {
        String host = null;
        int port = 0;
        int idle = 1000;
        int rounds = 50;
        double maxMillis = 50;
        long pid = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--idle" -> idle = Integer.parseInt(value(args, ++i, arg));
                case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, arg));
                case "--max-ms" -> maxMillis = Double.parseDouble(value(args, ++i, arg));
                case "--server-pid" -> pid = Long.parseLong(value(args, ++i, arg));
                default -> {
                    int colon = arg.lastIndexOf(':');
                    if (arg.startsWith("-") || colon <= 0) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "' (expected HOST:PORT)");
                    }
                    host = arg.substring(0, colon);
                    port = Integer.parseInt(arg.substring(colon + 1));
                }
            }
        }
        if (idle < 0 || rounds < 1) {
            throw new IllegalArgumentException("--idle must be at least 0 and --rounds at least 1");
        }
        return new Options(host, port, idle, rounds, maxMillis, pid);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** A client connection that writes CRLF-ended commands and reads whole (multi-line) replies. */
    private static final class Session implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        private Session(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 4096);
            this.out = socket.getOutputStream();
        }

        static Session open(String host, int port, String name) throws IOException {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true); // a command is one write; never wait for an ACK to send it
                socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MS);
                socket.setSoTimeout(READ_TIMEOUT_MS);
                return new Session(socket);
            } catch (IOException e) {
                socket.close();
                throw new IOException("cannot open session " + name + " to " + host + ":" + port + ": "
                        + e.getMessage(), e);
            }
        }

        /** Writes the command and returns the lines of its reply. */
        List<String> command(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return reply();
        }

        Sample timedCommand(String step, String line, int expected) throws IOException {
            long start = System.nanoTime();
            return timed(step, expected, start, command(line));
        }

        Sample timed(String step, int expected, long start, List<String> reply) throws IOException {
            long nanos = System.nanoTime() - start;
            return new Sample(step, expect(reply, expected, step), nanos);
        }

        int expect(List<String> reply, int expected, String what) throws IOException {
            int code = Integer.parseInt(reply.get(reply.size() - 1).substring(0, 3));
            if (code != expected) {
                throw new IOException(what + ": expected " + expected + ", got " + String.join(" | ", reply));
            }
            return code;
        }

        /** Lines up to the last one of a reply, "250 ..." after any "250-..." (RFC 5321 §4.2.1). */
        List<String> reply() throws IOException {
            List<String> lines = new ArrayList<>(1);
            while (true) {
                String line = readLine();
                if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)) {
                    throw new IOException("not an SMTP reply: " + line);
                }
                lines.add(line);
                if (line.length() == 3 || line.charAt(3) != '-') {
                    return lines;
                }
            }
        }

        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("the server closed the connection"
                            + (line.size() > 0 ? " after: " + line : ""));
                }
                line.write(b);
            }
            byte[] bytes = line.toByteArray();
            int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return new String(Arrays.copyOf(bytes, end), StandardCharsets.US_ASCII);
        }

        void quitQuietly() {
            try {
                command("QUIT");
            } catch (IOException | RuntimeException ignored) {
                // closing anyway
            }
            close();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
