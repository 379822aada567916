package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.lesson.Progress;
import dev.smtptutor.lesson.ProgressFile;
import dev.smtptutor.lesson.StepRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 8 and 10 of issue 16: two shells on one home both keep their progress (the file is merged
 * under a lock), and a progress file that is not UTF-8 is moved aside like a broken one.
 */
class ProgressFromTwoShellsTest {

    @TempDir
    Path home;

    private static Progress doneStep(String lesson, String step) throws Exception {
        return Progress.fromJson("{\"format_version\":1,\"lessons\":{\"" + lesson + "\":{\"steps\":{\"" + step
                + "\":{\"status\":\"done\",\"attempts\":1,\"hints\":0,\"solution_seen\":false,\"par\":true,"
                + "\"seconds\":3}}}}}");
    }

    @Test
    void twoWritersSavingAtOnceBothKeepEveryStep() throws Exception {
        int saves = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String shell : List.of("a", "b")) {
                done.add(writers.submit(() -> {
                    ProgressFile file = new ProgressFile(home, Clock.systemUTC());
                    Progress mine = Progress.empty();
                    start.await();
                    for (int i = 0; i < saves; i++) {
                        mine.mergeFrom(doneStep("lesson-" + shell, "step-" + i));
                        file.save(mine);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        Progress saved = new ProgressFile(home, Clock.systemUTC()).load().progress();
        assertEquals(saves, saved.lesson("lesson-a").size());
        assertEquals(saves, saved.lesson("lesson-b").size());
    }

    @Test
    void savingTakesInWhatTheOtherShellSavedMeanwhile() throws Exception {
        ProgressFile first = new ProgressFile(home, Clock.systemUTC());
        ProgressFile second = new ProgressFile(home, Clock.systemUTC());
        Progress inFirst = doneStep("lesson-a", "greet");
        first.save(inFirst);
        Progress inSecond = doneStep("lesson-b", "envelope");
        second.save(inSecond);
        assertEquals(StepRecord.Status.DONE, inSecond.step("lesson-a", "greet").orElseThrow().status());
    }

    @Test
    void aProgressFileThatIsNotUtf8IsMovedAside() throws Exception {
        Path file = home.resolve(ProgressFile.NAME);
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x7b});
        ProgressFile.Loaded loaded = new ProgressFile(home, Clock.systemUTC()).load();
        assertTrue(loaded.moved().isPresent());
        assertEquals("it is not UTF-8 text, so it is not a progress file smtp-tutor wrote", loaded.moved().get().why());
        assertTrue(Files.exists(loaded.moved().get().to()));
        assertEquals(4, Files.readAllBytes(loaded.moved().get().to()).length);
        assertTrue(Files.notExists(file));
        assertTrue(loaded.progress().isEmpty());
        assertTrue(new String(Files.readAllBytes(loaded.moved().get().to()), StandardCharsets.ISO_8859_1).endsWith("{"));
    }
}
