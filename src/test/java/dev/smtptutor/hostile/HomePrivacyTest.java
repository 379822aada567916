package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 6 of issue 16: /b64 stays out of the history; the tutor's home is 0700 and its files 0600. */
class HomePrivacyTest {

    @TempDir
    Path temp;

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void b64LinesAreKeptOutOfTheHistoryFile() throws IOException {
        Path home = temp.resolve("home");
        TutorOnTerminal.xterm(home).line("/b64 \\0alice\\0wonderland").line("/b64 -d AGFsaWNlAHdvbmRlcmxhbmQ=")
                .line("NOOP").line("/quit").run();
        String history = Files.readString(home.resolve("history"));
        assertTrue(history.contains("NOOP"), history);
        assertFalse(history.contains("b64"), history);
        assertFalse(history.contains("wonderland"), history);
    }

    @Test
    void aNewHomeIsPrivateAndSoIsItsHistory() throws IOException {
        Path home = temp.resolve("home");
        TutorOnTerminal.xterm(home).line("NOOP").line("/quit").run();
        assertEquals("rwx------", permissions(home));
        assertEquals("rw-------", permissions(home.resolve("history")));
    }

    @Test
    void anOldHomeOpenToOthersIsMadePrivate() throws IOException {
        Path home = Files.createDirectory(temp.resolve("home"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path history = Files.writeString(home.resolve("history"), "");
        Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rw-r--r--"));
        Path progress = Files.writeString(home.resolve("progress.json"), "{\"format_version\":1,\"lessons\":{}}");
        Files.setPosixFilePermissions(progress, PosixFilePermissions.fromString("rw-r--r--"));
        TutorOnTerminal.xterm(home).line("/quit").run();
        assertEquals("rwx------", permissions(home));
        assertEquals("rw-------", permissions(history));
        assertEquals("rw-------", permissions(progress));
    }
}
