package dev.smtptutor.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The language a learner chose with {@code /lang}, kept in {@code ~/.smtp-tutor/language} (folder 0700,
 * file 0600) so the next start speaks it too. It is a learner's own choice, so it outranks the
 * environment; only {@code --lang} outranks it.
 */
public final class RememberedLanguage {

    static final String FILE = "language";
    /** Far more than "zh\n": anything longer is not ours and is ignored. */
    private static final long MAX_BYTES = 64;

    private RememberedLanguage() {}

    /** The remembered language; empty when none was chosen, or the file is unreadable or not ours. */
    public static Optional<Language> read(Path home) {
        Path file = home.resolve(FILE);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Language.ofCode(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the choice: written to a temporary file first, so a half-written file is never read. */
    public static void write(Path home, Language language) throws IOException {
        createPrivateFolder(home);
        Path temporary = home.resolve(FILE + ".tmp");
        Files.deleteIfExists(temporary);
        if (posix(home)) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, language.code() + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void createPrivateFolder(Path home) throws IOException {
        if (!Files.isDirectory(home)) {
            try {
                if (posix(home.toAbsolutePath().getParent())) {
                    Files.createDirectories(home.toAbsolutePath().getParent());
                    Files.createDirectory(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(home);
                }
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another start: fine
            }
        }
        if (posix(home)) {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
