package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.Main;
import dev.smtptutor.shell.LessonOptions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Item 10 of issue 16: a binary lesson file is named with its line; the other lessons stay usable. */
class BinaryLessonFileTest {

    @TempDir
    Path dir;

    private static CliRun main(String... args) {
        return CliRun.of(args);
    }

    /** Two good lessons (the built-in first two) and, between them, a file of bytes that are not UTF-8. */
    private void lessonsWithABinaryOne() throws Exception {
        for (String name : new String[] {"01-hello.yaml", "02-first-message.yaml"}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("lessons/" + name)) {
                if (in == null) {
                    throw new IllegalStateException(name);
                }
                Files.write(dir.resolve(name.startsWith("01") ? "01-one.yaml" : "03-three.yaml"), in.readAllBytes());
            }
        }
        Files.write(dir.resolve("02-binary.yaml"), new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xff, 0, 1});
    }

    @Test
    void validateNamesTheFileAndTheLineOfTheFirstBadByte() throws Exception {
        lessonsWithABinaryOne();
        CliRun run = main("lessons", "validate", dir.toString());
        assertEquals(1, run.exit());
        assertEquals(dir + "/02-binary.yaml:2: not UTF-8 text (byte 0xff cannot be read as UTF-8); save the file as"
                + " UTF-8 text, or move it out of the folder\n", run.err());
        assertFalse(run.out().contains("Input length"), run.out());
    }

    @Test
    void theShellStillListsTheOtherLessons() throws Exception {
        lessonsWithABinaryOne();
        String screen = TutorOnTerminal.piped(dir.resolve("home"))
                .lessons(LessonOptions.standard().directory(dir))
                .line("/lessons")
                .run().text();
        assertFalse(screen.contains("Input length"), screen);
        assertFalse(screen.contains("no lessons"), screen);
        assertTrue(screen.contains("02-binary.yaml"), screen);
    }
}
