package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 11 of issue 16: a file that cannot be written or read is named with what is wrong and what to do,
 * not with the path again ("Cannot write X: X") or a Java class name.
 */
class FileMistakesTest {

    @TempDir
    Path dir;

    private String shell(String... lines) {
        TutorOnTerminal tutor = TutorOnTerminal.piped(dir.resolve("home"));
        for (String line : lines) {
            tutor.line(line);
        }
        return tutor.run().text();
    }

    @Test
    void savingIntoAFolderThatDoesNotExistSaysSo() throws Exception {
        Path nowhere = dir.resolve("nowhere/out.md");
        Path underAFile = dir.resolve("plain.txt/p.json");
        Files.writeString(dir.resolve("plain.txt"), "x");
        String screen = shell("/transcript save " + nowhere, "/progress export " + underAFile);
        assertTrue(screen.contains("Cannot write " + nowhere + ": there is no such file or folder. Check the spelling"
                + " of the path and that every folder in it exists."), screen);
        assertTrue(screen.contains("Cannot write " + underAFile + ": a "), screen);
        assertFalse(screen.contains(underAFile + ": " + underAFile), screen);
        assertFalse(screen.contains(nowhere + ": " + nowhere), screen);
    }

    @Test
    void savingOntoAFolderSaysItIsAFolder() {
        String screen = shell("/transcript save " + dir);
        assertTrue(screen.contains("Cannot write " + dir + ": that is a folder, not a file."), screen);
    }

    @Test
    void readingAMissingOrBinaryFileSaysWhatIsWrong() throws Exception {
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
        Path missing = dir.resolve("nonexistent");
        String screen = shell("/progress import " + missing, "/progress import " + binary);
        assertTrue(screen.contains("Cannot read " + missing + ": there is no such file or folder."), screen);
        assertTrue(screen.contains("Cannot read " + binary + ": it is not UTF-8 text"), screen);
        assertFalse(screen.contains("MalformedInputException"), screen);
        assertFalse(screen.contains("Input length"), screen);
    }
}
