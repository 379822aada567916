package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve's log: many threads write, nothing is lost or torn, and each thread's lines keep their order. */
class LogWriterTest {

    @Test
    void closeWritesEveryLineOfEveryThreadWholeAndInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogWriter log = new LogWriter(out, StandardCharsets.UTF_8);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    log.line("[#" + id + "] line " + i + " ñ");
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        log.close();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(40_000, lines.size());
        for (int t = 0; t < 8; t++) {
            String prefix = "[#" + t + "] ";
            List<String> mine = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            for (int i = 0; i < 5_000; i++) {
                assertEquals(prefix + "line " + i + " ñ", mine.get(i));
            }
        }
    }

    @Test
    void aLineLoggedAfterCloseIsStillWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogWriter log = new LogWriter(out, StandardCharsets.UTF_8);
        log.line("first");
        log.close();
        log.line("late");
        assertEquals("first" + System.lineSeparator() + "late" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }
}
