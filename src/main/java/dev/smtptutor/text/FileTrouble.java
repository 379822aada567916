package dev.smtptutor.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in words what went wrong with a file, for "Cannot write X: ..." and "Cannot read X: ...". Java's own
 * messages are often just the path again ({@code NoSuchFileException: /x}) or a class name
 * ({@code MalformedInputException}), which tells a learner nothing about what to change.
 */
public final class FileTrouble {

    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/text/files");

    private FileTrouble() {}

    /** What is wrong and what to do, as the end of a sentence that has already named the file. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return WORDS.get("file.missing");
        }
        if (e instanceof AccessDeniedException) {
            return WORDS.get("file.denied");
        }
        if (e instanceof NotDirectoryException) {
            return WORDS.get("file.not-a-folder");
        }
        if (e instanceof FileAlreadyExistsException) {
            return WORDS.get("file.exists");
        }
        if (e instanceof CharacterCodingException) {
            return WORDS.get("file.not-utf8");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // The operating system's reason ("Is a directory", "Read-only file system") is the only clue.
            String reason = fs.getReason();
            String lower = reason.toLowerCase(Locale.ROOT);
            if (lower.contains("is a directory")) {
                return WORDS.get("file.is-a-folder");
            }
            if (lower.contains("not a directory")) {
                return WORDS.get("file.not-a-folder");
            }
            if (lower.contains("read-only")) {
                return WORDS.get("file.read-only");
            }
            if (lower.contains("no space")) {
                return WORDS.get("file.full");
            }
            return WORDS.get("file.other", "reason", reason);
        }
        return e.getMessage() == null ? WORDS.get("file.other", "reason", e.getClass().getSimpleName())
                : WORDS.get("file.other", "reason", e.getMessage());
    }
}
