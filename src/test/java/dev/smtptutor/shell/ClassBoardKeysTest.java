package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.Student;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher's board ({@link ClassBoard}) on a real JLine terminal whose keys come through a pipe and
 * whose output is rendered by a VT emulator (JLine's {@link ScreenTerminal}, 120x30), with students
 * connected to a real classroom server over sockets. Each step waits until the rendered screen shows
 * what it must (the board repaints when told of a change), then asserts the rows exactly.
 */
class ClassBoardKeysTest {

    private static final int COLUMNS = 120;
    private static final int ROWS = 30;
    private static final long DEADLINE_MILLIS = 10_000;

    @TempDir
    Path data;

    private ClassroomServer server;
    private RenderedScreen screen;
    private PipedOutputStream keys;
    private Terminal terminal;
    private ClassBoard board;

    @BeforeEach
    void openBoard() throws Exception {
        server = ClassroomServer.builder(new Roster(List.of(new Student("s01", "Ada Lovelace", "pw-1"),
                new Student("s02", "Alan Turing", "pw-2"), new Student("s03", "Grace Hopper", "pw-3"))), data)
                .identifyByEhlo(true).start();
        screen = new RenderedScreen(COLUMNS, ROWS);
        keys = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keys, 1024);
        ExternalTerminal external = new ExternalTerminal(null, "board", "screen", input, screen,
                StandardCharsets.UTF_8, Terminal.SignalHandler.SIG_DFL, true);
        external.setSize(new Size(COLUMNS, ROWS));
        external.resume();
        terminal = external;
        board = new ClassBoard(terminal, server);
    }

    @AfterEach
    void closeBoard() throws Exception {
        board.close();
        keys.close();
        terminal.close();
        server.close();
    }

    private void press(String key) throws IOException {
        keys.write(key.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private static final String HEADER = "id     name           on   state      last command               last reply"
            + "                      err msgs points";

    private static final String KEYS = "Up/Down choose a student · Enter: their live transcript · Ctrl-C stops the server";
    private static final String NOT_CONNECTED_YET = "·" + " ".repeat(76) + "0    0      0";

    @Test
    void rowsShowEachStudentEnterOpensTheLiveTranscriptEscGoesBackAndRowsFollowWhatStudentsSend() throws Exception {
        List<String> expected = List.of(HEADER,
                "s01    Ada Lovelace   " + NOT_CONNECTED_YET,
                "s02    Alan Turing    " + NOT_CONNECTED_YET,
                "s03    Grace Hopper   " + NOT_CONNECTED_YET,
                KEYS);
        screen.await("the class, nobody connected", lines -> board(lines).equals(expected));

        try (Typist s02 = new Typist(server.port())) {
            s02.send("EHLO s02");
            awaitRow("s02", "s02    Alan Turing    ●    GREETED    EHLO s02                   250-mail.example.test"
                    + "             0    0      0");
            awaitRow("s01", "s01    Ada Lovelace   " + NOT_CONNECTED_YET);

            press("\u001b[B"); // Down: s02
            press("\r"); // Enter: s02's live transcript
            String title = "s02 (Alan Turing): live transcript";
            String back = "Esc or q: back to the class";
            screen.await("s02's transcript: EHLO s02 and its reply, the way back", lines -> {
                if (!lines.contains(title) || lines.contains(HEADER)) {
                    return false;
                }
                List<String> shown = from(lines, title);
                int reply = shown.indexOf("<-  250-mail.example.test");
                return reply > 0 && shown.get(reply - 1).equals(" -> EHLO s02") && shown.get(shown.size() - 1).equals(back);
            });

            s02.send("MAIL FROM:<s02@example.test>"); // the open transcript follows as it happens
            List<String> tail = List.of(" -> MAIL FROM:<s02@example.test>", "<-  250 2.1.0 Ok", back);
            screen.await("the MAIL in the live transcript", lines -> lines.contains(title) && endsWith(from(lines, title), tail));

            press("\u001b"); // Esc: back to the class
            awaitRow("s02", "s02    Alan Turing    ●    MAIL       MAIL FROM:<s02@example.te… 250 2.1.0 Ok"
                    + "                      0    0      0");
            screen.await("no transcript after Esc", lines -> !lines.contains(title) && lines.contains(KEYS));

            s02.send("RCPT TO:<bob@example.test>");
            s02.send("DATA");
            String queued = s02.send("Subject: hi\r\n\r\nhello\r\n.");
            // From their own address to bob with a Subject, no STARTTLS: exercise 1, 3 of 4 points, 1 message.
            String reply = (queued + " ".repeat(30)).substring(0, 29) + "…";
            awaitRow("s02", "s02    Alan Turing    ●    GREETED    DATA                       " + reply
                    + "    0    1      3");
            s02.send("QUIT");
        }
        awaitRow("s02", "s02    Alan Turing    ·    CLOSED     QUIT                       221 2.0.0 Bye"
                + "                     0    1      3");
        awaitRow("s03", "s03    Grace Hopper   " + NOT_CONNECTED_YET);
        // The log lines went above the board, never through it.
        List<String> log = screen.await("the log above the board", lines -> lines.contains("[s02] closed: session ended")
                && !board(lines).isEmpty());
        List<String> above = log.subList(0, log.indexOf(HEADER));
        assertTrue(above.contains("[#1] is s02 (ehlo)"), above.toString());
        assertTrue(above.contains("[s02] message " + queuedId(log) + ": exercise 1: 3 of 4 (missing: STARTTLS before AUTH)"),
                above.toString());
    }

    private static String queuedId(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("[s02] message ")).findFirst().orElse("[s02] message ? ")
                .split(" ")[2].replace(":", "");
    }

    private void awaitRow(String id, String expected) throws InterruptedException {
        screen.await(id + "'s row as " + expected, lines -> lines.contains(expected));
    }

    private static boolean endsWith(List<String> lines, List<String> tail) {
        return lines.size() >= tail.size() && lines.subList(lines.size() - tail.size(), lines.size()).equals(tail);
    }

    /** The board's lines: from its header to its keys line, trailing spaces cut. */
    private static List<String> board(List<String> screen) {
        int at = screen.indexOf(HEADER);
        if (at < 0) {
            return List.of();
        }
        List<String> lines = screen.subList(at, screen.size());
        int keysLine = lines.indexOf(KEYS);
        return keysLine < 0 ? List.of() : lines.subList(0, keysLine + 1);
    }

    private static String row(List<String> screen, String id) {
        return screen.stream().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow(() -> new AssertionError(
                id + " not on the screen:\n" + String.join("\n", screen)));
    }

    private static List<String> from(List<String> screen, String first) {
        int at = screen.indexOf(first);
        if (at < 0) {
            throw new AssertionError("'" + first + "' not on the screen:\n" + String.join("\n", screen));
        }
        List<String> rest = screen.subList(at, screen.size());
        int end = rest.size();
        while (end > 0 && rest.get(end - 1).isEmpty()) {
            end--;
        }
        return rest.subList(0, end);
    }

    /** A student typing SMTP over a socket: one line out, one whole reply back. */
    private static final class Typist implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;
        private final Writer out;

        Typist(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            out = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            reply();
        }

        String send(String line) throws IOException {
            out.write(line + "\r\n");
            out.flush();
            return reply();
        }

        private String reply() throws IOException {
            String line;
            do {
                line = in.readLine();
            } while (line != null && line.length() > 3 && line.charAt(3) == '-');
            return line;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * The terminal's output rendered as a screen by a VT emulator: the test waits (with a deadline) until
     * what is drawn satisfies it, woken by each write, never by a timer.
     */
    private static final class RenderedScreen extends OutputStream {
        private final ScreenTerminal vt;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        private final ByteBuffer pending = ByteBuffer.allocate(64);

        RenderedScreen(int columns, int rows) {
            vt = new ScreenTerminal(columns, rows);
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            CharBuffer chars = CharBuffer.allocate(length + pending.capacity());
            ByteBuffer in = ByteBuffer.allocate(pending.position() + length);
            pending.flip();
            in.put(pending).put(bytes, offset, length).flip();
            pending.clear();
            decoder.decode(in, chars, false);
            pending.put(in); // an incomplete UTF-8 sequence waits for its next bytes
            chars.flip();
            vt.write(chars);
            notifyAll();
        }

        synchronized List<String> lines() {
            return Arrays.stream(vt.toString().split("\n", -1)).map(String::stripTrailing).toList();
        }

        /** The screen's lines once they show what the test waits for; fails after the deadline, showing them. */
        synchronized List<String> await(String what, Predicate<List<String>> shows) throws InterruptedException {
            long end = System.currentTimeMillis() + DEADLINE_MILLIS;
            while (!shows.test(lines())) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("the screen never showed " + what + ":\n" + String.join("\n", lines()));
                }
                wait(left);
            }
            return lines();
        }
    }
}
