package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** design.md: {@code text} imports nothing of ours, so every other package may use it. */
class TextPackageTest {

    @Test
    void textImportsNoOtherPackageOfOurs() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/smtptutor/text"))) {
            imports = files.filter(p -> p.toString().endsWith(".java")).flatMap(TextPackageTest::lines)
                    .filter(l -> l.startsWith("import dev.smtptutor.") && !l.startsWith("import dev.smtptutor.text."))
                    .toList();
        }
        assertEquals(List.of(), imports);
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
