package dev.smtptutor.classroom;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Folders 0700 and files 0600: what students sent is for the teacher's eyes only. */
final class Private {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private Private() {}

    static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** The folder and any missing parents, each 0700 when this creates it. */
    static Path folder(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return path;
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            folder(parent);
        }
        try {
            if (POSIX) {
                Files.createDirectory(path, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(path, FOLDER); // the umask may have taken bits away
            } else {
                Files.createDirectory(path);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another session made it first
        }
        return path;
    }

    static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
