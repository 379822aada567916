package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `smtp-tutor serve` as a separate process: what a teacher starts for a class. */
class ServeCommandTest {

    @Test
    void serveLogsSessionsAndSays421ToOpenSessionsWhenStopped() throws Exception {
        Process process = ForkedJvm.main("serve", "--port", "0").start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = log.readLine();
            Matcher listening = Pattern.compile("smtp-tutor simulator listening on 127\\.0\\.0\\.1:(\\d+) as mail\\.example\\.test")
                    .matcher(first);
            assertTrue(listening.matches(), first);
            int port = Integer.parseInt(listening.group(1));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(10_000);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = socket.getOutputStream();
                assertEquals("220 mail.example.test ESMTP smtp-tutor simulator", in.readLine());
                out.write("NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals("250 2.0.0 Ok", in.readLine());
                // SIGTERM (like Ctrl-C's SIGINT, the shutdown hook runs). Not process.destroy(): that closes our pipes.
                process.toHandle().destroy();
                assertEquals("421 4.3.2 mail.example.test Service shutting down, closing transmission channel", in.readLine());
            }
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            List<String> lines = new ArrayList<>();
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                lines.add(line);
            }
            assertTrue(lines.contains("[#1]  -> NOOP"), lines::toString);
            assertTrue(lines.contains("[#1] <-  250 2.0.0 Ok"), lines::toString);
            assertTrue(lines.contains("Stopping: telling 1 open session(s) 421."), lines::toString);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermWritesEveryLoggedLineBeforeTheProcessEnds() throws Exception {
        int sessions = 4;
        int commands = 500;
        Process process = ForkedJvm.main("serve", "--port", "0").start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher listening = Pattern.compile(".* listening on 127\\.0\\.0\\.1:(\\d+) .*").matcher(log.readLine());
            assertTrue(listening.matches());
            int port = Integer.parseInt(listening.group(1));
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < sessions; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                    socket.setSoTimeout(10_000);
                    sockets.add(socket);
                    socket.getOutputStream().write("NOOP\r\n".repeat(commands).getBytes(StandardCharsets.US_ASCII));
                }
                for (Socket socket : sockets) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                    in.readLine(); // the greeting
                    for (int i = 0; i < commands; i++) {
                        assertEquals("250 2.0.0 Ok", in.readLine());
                    }
                }
                // Every reply has been sent, so every line of it has been logged; now the log must reach us whole.
                process.toHandle().destroy();
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
            // Read to the end before waiting: the log is larger than the pipe holds.
            List<String> lines = log.lines().toList();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            for (int session = 1; session <= sessions; session++) {
                String prefix = "[#" + session + "] ";
                assertEquals(commands, lines.stream().filter((prefix + " -> NOOP")::equals).count(), prefix);
                assertEquals(commands, lines.stream().filter((prefix + "<-  250 2.0.0 Ok")::equals).count(), prefix);
                assertEquals(1, lines.stream().filter(l -> l.startsWith(prefix + "=== closed: ")).count(), prefix);
            }
            assertTrue(lines.stream().anyMatch(l -> l.matches("Stopping: telling [0-4] open session\\(s\\) 421\\.")),
                    lines.get(lines.size() - 1));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aWrongOptionGetsOneSentenceAndWhereToLook() throws Exception {
        Process process = ForkedJvm.main("--scenario", "greylst").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals("smtp-tutor: no scenario named 'greylst' (did you mean 'greylist'?) and no file of that name; "
                + "built-in scenarios: default, auth-required, modern-auth, tls-required, greylist, mailbox-full, "
                + "reject-relay, size-limit, vrfy-enabled, slow, shutdown, lenient, bounce, busy-mx, no-starttls, sender-checks,"
                + " blocked-client\n"
                + "(./run.sh --help lists the options)\n", output);
    }

    @Test
    void busyPortGetsAFriendlyMessage() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process process = ForkedJvm.main("serve", "--port", String.valueOf(taken.getLocalPort())).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue());
            assertTrue(output.startsWith("smtp-tutor: cannot listen on that port: "), output);
            assertTrue(output.contains("(another program may be using it; try another --port)"), output);
            assertTrue(!output.contains("\tat "), output);
        }
    }
}
