package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedLanguageTest {

    @TempDir
    Path temp;

    @Test
    void aChoiceIsRememberedInAPrivateFileInAPrivateFolder() throws IOException {
        Path home = temp.resolve(".smtp-tutor");
        RememberedLanguage.write(home, Language.DE);
        assertEquals(Optional.of(Language.DE), RememberedLanguage.read(home));
        assertEquals("de\n", Files.readString(home.resolve("language")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("language"))));
    }

    @Test
    void aNewChoiceReplacesTheOld() throws IOException {
        RememberedLanguage.write(temp, Language.DE);
        RememberedLanguage.write(temp, Language.ZH);
        assertEquals(Optional.of(Language.ZH), RememberedLanguage.read(temp));
    }

    @Test
    void noFileOrAFileThatIsNotOursMeansNoChoice() throws IOException {
        assertEquals(Optional.empty(), RememberedLanguage.read(temp));
        Files.writeString(temp.resolve("language"), "klingon");
        assertEquals(Optional.empty(), RememberedLanguage.read(temp));
        Files.writeString(temp.resolve("language"), "es".repeat(100));
        assertEquals(Optional.empty(), RememberedLanguage.read(temp));
    }
}
