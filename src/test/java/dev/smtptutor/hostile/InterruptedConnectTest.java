package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 14 of issue 16: Ctrl-C while connecting to a host that never greets stops the waiting and returns
 * to the prompt; the shell lives on (and leaves the terminal as it found it) instead of dying mid-draw.
 */
class InterruptedConnectTest {

    @TempDir
    Path home;

    @Test
    void ctrlCWhileConnectingReturnsToThePrompt() throws Exception {
        CountDownLatch accepted = new CountDownLatch(1);
        try (HostileServer silent = HostileServer.start(peer -> {
            accepted.countDown();
            while (peer.readLine() != null) {
                // never greets: the tutor waits for a 220 that does not come
            }
        })) {
            TutorOnTerminal.Session session = TutorOnTerminal.xterm(home)
                    .replyTimeout(Duration.ofMinutes(2))
                    .meanwhile(terminal -> {
                        try {
                            if (accepted.await(30, TimeUnit.SECONDS)) {
                                terminal.raise(Terminal.Signal.INT);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    })
                    .line("/connect " + silent.endpoint())
                    .line("/state")
                    .run();
            String text = session.text();
            assertTrue(text.contains("Stopped connecting to " + silent.endpoint() + " (Ctrl-C): nothing was sent to it."),
                    text);
            assertTrue(text.indexOf("/state") > text.indexOf("Stopped connecting"), text);
            assertEquals(0, accepted.getCount());
        }
    }
}
