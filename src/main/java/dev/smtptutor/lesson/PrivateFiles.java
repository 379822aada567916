package dev.smtptutor.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tutor's home (~/.smtp-tutor) is private: its folder 0700, its files 0600. History may hold a
 * line a learner regrets typing and progress is nobody else's business, so other users of the
 * machine must not read them. On file systems without POSIX permissions (Windows) nothing is changed.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** Creates the folder if need be, and makes it and every file directly in it private. */
    public static void secureHome(Path home) throws IOException {
        if (!Files.isDirectory(home)) {
            if (posix(home.toAbsolutePath().getParent())) {
                Files.createDirectories(home, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(home);
            }
        }
        if (!posix(home)) {
            return;
        }
        Files.setPosixFilePermissions(home, FOLDER);
        try (Stream<Path> files = Files.list(home)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        }
    }

    /** Makes one file private (creating it empty when it does not exist yet). */
    public static void restrict(Path file) throws IOException {
        if (!Files.exists(file)) {
            if (posix(file.toAbsolutePath().getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                return;
            }
            Files.createFile(file);
        }
        if (posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix(Path path) throws IOException {
        return path != null && Files.exists(path)
                && Files.getFileStore(path).supportsFileAttributeView("posix");
    }
}
