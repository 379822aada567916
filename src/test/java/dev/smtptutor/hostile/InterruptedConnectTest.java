package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 14 of issue 16: Ctrl-C while connecting to a host that answers the TCP handshake and then never
 * greets stops the waiting and returns to the prompt, with the working session and the terminal as they
 * were, instead of the JVM dying with JLine's status line and scroll region left on the terminal.
 *
 * <p>The Ctrl-C goes through the terminal's line discipline (ISIG on), as on a real tty, and only once
 * the silent host has accepted the connection: the tutor is then waiting for a greeting that never
 * comes (for two minutes, its reply timeout here). Nothing sleeps; every wait has a deadline.
 */
class InterruptedConnectTest {

    private static final String ESC = "\u001b";
    /** xterm's "save cursor, scroll rows 1 to 50 (the whole screen), restore cursor": JLine's status line gone. */
    private static final String WHOLE_SCREEN_SCROLLS = ESC + "7" + ESC + "[1;" + LiveTerminal.ROWS + "r" + ESC + "8";

    @TempDir
    Path home;

    @Test
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ctrlCWhileAHostNeverGreetsReturnsToThePromptWithTheSessionKept() throws Exception {
        CountDownLatch accepted = new CountDownLatch(1);
        CountDownLatch hungUp = new CountDownLatch(1);
        List<String> received = new CopyOnWriteArrayList<>();
        // Closed in reverse order: the server first, so that nothing in the tutor can still wait on it.
        try (LiveTerminal tutor = LiveTerminal.start(home, Duration.ofMinutes(2));
             HostileServer silent = HostileServer.start(peer -> {
                 accepted.countDown();
                 for (String line = peer.readLine(); line != null; line = peer.readLine()) {
                     received.add(line); // it never greets: the tutor waits for a 220 that does not come
                 }
                 hungUp.countDown();
             })) {
            tutor.awaitText(0, "smtp> ");
            int beforeConnect = tutor.mark();
            tutor.line("/connect " + silent.endpoint());
            assertTrue(accepted.await(20, TimeUnit.SECONDS), "the tutor never reached the silent host");
            tutor.awaitText(beforeConnect, "Connecting to " + silent.endpoint() + " ...\n");

            int beforeCtrlC = tutor.mark();
            tutor.ctrlC();
            tutor.awaitText(beforeCtrlC, "smtp> ");
            String afterCtrlC = tutor.raw(beforeCtrlC);
            Matcher kept = Pattern.compile("\\^CStopped connecting to " + Pattern.quote(silent.endpoint())
                    + Pattern.quote(" (Ctrl-C): nothing was sent to it.\r\n")
                    + "You are still connected to the built-in simulator \\(127\\.0\\.0\\.1:\\d+\\): that session goes on where it was\\.\r\n")
                    .matcher(afterCtrlC);
            assertTrue(kept.lookingAt(), afterCtrlC);
            assertTrue(hungUp.await(20, TimeUnit.SECONDS), "the tutor left the silent connection open");
            assertEquals(List.of(), received, "nothing was to be sent to the silent host");

            // The next command goes to the working session, which got no QUIT.
            int beforeEhlo = tutor.mark();
            tutor.line("EHLO client.example");
            tutor.awaitText(beforeEhlo, "<-  250 HELP\n");
            tutor.awaitText(beforeEhlo, "smtp> ");

            int beforeExit = tutor.mark();
            tutor.ctrlD();
            assertEquals(0, tutor.awaitExit());
            String raw = tutor.raw(0);
            assertFalse(raw.contains("Exception"), raw);
            // The status line (the tip for EHLO) was blanked when the line was sent...
            assertTrue(lastStatusLineDrawing(raw).isBlank(), raw);
            // ...and the very last bytes give the whole screen back: no scroll region is left behind.
            assertTrue(tutor.raw(beforeExit).endsWith(
                    "<-  221 2.0.0 Bye\r\n     221 2.0.0: The server says goodbye to your QUIT and closes the connection.\r\n"
                    + WHOLE_SCREEN_SCROLLS), tutor.raw(beforeExit));
            assertEquals(1, occurrences(tutor.raw(beforeCtrlC), ESC + "[1;"), "the scroll region changed only at the end: " + raw);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHostThatNeverGreetsCostsNothingOfTheWorkingSessionWhenTheWaitEnds() throws Exception {
        try (HostileServer silent = HostileServer.start(peer -> {
            while (peer.readLine() != null) {
                // never greets
            }
        })) {
            TutorOnTerminal.Session session = TutorOnTerminal.piped(home).replyTimeout(Duration.ofMillis(300))
                    .line("EHLO client.example").line("/connect " + silent.endpoint()).line("NOOP").run();
            String text = session.text();
            assertTrue(text.contains("!!  " + silent.endpoint() + " sent no complete reply within 300 ms."), text);
            assertTrue(text.contains("You are still connected to the built-in simulator"), text);
            // The simulator session was not left: no QUIT before the new host greeted, and NOOP is answered.
            assertEquals(1, occurrences(text, "-> QUIT"), text);
            assertTrue(text.indexOf("<-  250 2.0.0 Ok") > text.indexOf("sent no complete reply"), text);
        }
    }

    /** What was last written on the bottom row, JLine's status line (cursor moves taken out). */
    private static String lastStatusLineDrawing(String raw) {
        String statusRow = ESC + "7" + ESC + "[" + LiveTerminal.ROWS + ";1H";
        int start = raw.lastIndexOf(statusRow);
        assertTrue(start >= 0, "no status line was ever drawn: " + raw);
        String drawing = raw.substring(start + statusRow.length(), raw.indexOf(ESC + "8", start));
        return drawing.replaceAll(ESC + "\\[\\d*C", "");
    }

    private static int occurrences(String text, String fragment) {
        int count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
            count++;
        }
        return count;
    }
}
