package dev.smtptutor.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * progress.json in the tutor's home. Written whole to a temporary file and moved into place, so a crash
 * never leaves half a file. A file that cannot be read is moved aside, never deleted: the learner is told
 * where it went and starts afresh.
 */
public final class ProgressFile {

    public static final String NAME = "progress.json";

    /** Every lesson of the curriculum takes a few kB; a file this large is not ours. */
    private static final long MAX_BYTES = 4L << 20;

    private final Path file;
    private final Clock clock;
    /** The record as this shell last read or wrote it: what another shell changed since shows against it. */
    private Progress base = Progress.empty();

    public ProgressFile(Path home, Clock clock) {
        this.file = home.resolve(NAME);
        this.clock = clock;
    }

    public Path path() {
        return file;
    }

    /** True when there is no progress file yet: a new learner. */
    public boolean absent() {
        return !Files.exists(file);
    }

    /**
     * What loading found: the progress (empty for a new learner or after a corrupt file), and the warning
     * for a file that was moved aside.
     */
    public record Loaded(Progress progress, Optional<Moved> moved) {}

    /** A corrupt file, where it went and why it could not be read. */
    public record Moved(Path to, String why) {}

    public Loaded load() throws IOException {
        if (absent()) {
            return new Loaded(Progress.empty(), Optional.empty());
        }
        if (Files.size(file) > MAX_BYTES) {
            return new Loaded(Progress.empty(), Optional.of(new Moved(moveAside(),
                    LessonTexts.get("progress.too-large", "megabytes", MAX_BYTES >> 20))));
        }
        try {
            Progress loaded = Progress.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            base = loaded.copy();
            return new Loaded(loaded, Optional.empty());
        } catch (Progress.Malformed e) {
            return new Loaded(Progress.empty(), Optional.of(new Moved(moveAside(), e.getMessage())));
        } catch (java.nio.charset.CharacterCodingException e) {
            // Not UTF-8 at all (a binary file, another encoding): as unreadable as broken JSON.
            return new Loaded(Progress.empty(), Optional.of(new Moved(moveAside(), LessonTexts.get("progress.not-utf8"))));
        }
    }

    private Path moveAside() throws IOException {
        // Made here, not in a static field: java.time's formatter set-up is milliseconds of every start otherwise.
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        String base = NAME + ".corrupt-" + stamp;
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, target);
        return target;
    }

    /**
     * Saves the progress, merged with what another shell on the same home may have saved meanwhile:
     * under a lock, the file is read again, the steps the other shell changed are taken in (see
     * {@link Progress#mergeChanges}), and the merged record is written and kept in {@code progress} too.
     */
    public void save(Progress progress) throws IOException {
        PrivateFiles.secureHome(file.getParent());
        try (HomeLock lock = HomeLock.take(file.resolveSibling(NAME + ".lock"))) {
            if (Files.exists(file)) {
                try {
                    progress.mergeChanges(Progress.fromJson(Files.readString(file, StandardCharsets.UTF_8)), base);
                } catch (Progress.Malformed | java.nio.charset.CharacterCodingException unreadable) {
                    moveAside(); // kept for the learner, never overwritten (see load)
                }
            }
            write(file, progress);
            base = progress.copy();
        }
    }

    /** Writes a progress file anywhere (an export), by the same safe route. */
    public static void write(Path target, Progress progress) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".progress", ".tmp");
        try {
            Files.writeString(temporary, progress.toJson(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the file: the learner counts as new again. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        base = Progress.empty();
    }
}
