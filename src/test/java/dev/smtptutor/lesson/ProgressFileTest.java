package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T22:40:25Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private final StepRecord done = new StepRecord(StepRecord.Status.DONE, 3, 1, false, true, 75);

    @Test
    void aNewLearnerHasNoFileAndAnEmptyRecord() throws Exception {
        ProgressFile file = new ProgressFile(home, CLOCK);
        assertTrue(file.absent());
        assertTrue(file.load().progress().isEmpty());
    }

    @Test
    void whatIsSavedIsLoadedAgainAsItWas() throws Exception {
        Progress progress = Progress.empty();
        progress.put("01-hello", "ehlo", done);
        progress.put("01-hello", "quit", StepRecord.NEW.attempt());
        new ProgressFile(home, CLOCK).save(progress);

        ProgressFile.Loaded loaded = new ProgressFile(home, CLOCK).load();
        assertEquals(Optional.empty(), loaded.moved());
        assertEquals(Optional.of(done), loaded.progress().step("01-hello", "ehlo"));
        assertEquals(1, loaded.progress().step("01-hello", "quit").orElseThrow().attempts());
        assertEquals("""
                {
                  "format_version": 1,
                  "lessons": {
                    "01-hello": {
                      "steps": {
                        "ehlo": {
                          "status": "done",
                          "attempts": 3,
                          "hints": 1,
                          "solution_seen": false,
                          "par": true,
                          "seconds": 75
                        },
                        "quit": {
                          "status": "started",
                          "attempts": 1,
                          "hints": 0,
                          "solution_seen": false,
                          "par": false,
                          "seconds": 0
                        }
                      }
                    }
                  }
                }
                """, Files.readString(home.resolve("progress.json")));
    }

    @Test
    void aCorruptFileIsMovedAsideWithItsContentAndTheReason() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\n  \"format_version\": 1,\n  \"lessons\": {\n", StandardCharsets.UTF_8);
        ProgressFile.Loaded loaded = new ProgressFile(home, CLOCK).load();
        assertTrue(loaded.progress().isEmpty());
        Path aside = home.resolve("progress.json.corrupt-20261122-224025");
        assertEquals(Optional.of(new ProgressFile.Moved(aside, "line 4: the data ends too early")), loaded.moved());
        assertEquals("{\n  \"format_version\": 1,\n  \"lessons\": {\n", Files.readString(aside));
        assertFalse(Files.exists(home.resolve("progress.json")));
    }

    @Test
    void aSecondCorruptFileInTheSameSecondDoesNotOverwriteTheFirst() throws Exception {
        Files.writeString(home.resolve("progress.json"), "garbage");
        new ProgressFile(home, CLOCK).load();
        Files.writeString(home.resolve("progress.json"), "more garbage");
        ProgressFile.Loaded loaded = new ProgressFile(home, CLOCK).load();
        assertEquals(home.resolve("progress.json.corrupt-20261122-224025-2"), loaded.moved().orElseThrow().to());
        assertEquals("garbage", Files.readString(home.resolve("progress.json.corrupt-20261122-224025")));
    }

    @Test
    void validJsonOfTheWrongShapeCountsAsCorrupt() throws Exception {
        Files.writeString(home.resolve("progress.json"), "{\"format_version\": 1, \"lessons\": {\"01-hello\": {\"steps\":"
                + " {\"ehlo\": {\"status\": \"finished\"}}}}}");
        assertEquals("01-hello.ehlo.status 'finished' is not started, done or skipped",
                new ProgressFile(home, CLOCK).load().moved().orElseThrow().why());
    }

    @Test
    void anImportKeepsWhicheverRecordOfAStepGotFurther() {
        Progress here = Progress.empty();
        here.put("01-hello", "ehlo", done);
        here.put("01-hello", "help", StepRecord.NEW);
        Progress there = Progress.empty();
        there.put("01-hello", "ehlo", StepRecord.NEW.skipped());
        there.put("01-hello", "help", done);
        there.put("02-first-message", "mail", done);
        assertEquals(2, here.mergeFrom(there));
        assertEquals(Optional.of(done), here.step("01-hello", "ehlo"));
        assertEquals(Optional.of(done), here.step("01-hello", "help"));
        assertEquals(Optional.of(done), here.step("02-first-message", "mail"));
    }
}
