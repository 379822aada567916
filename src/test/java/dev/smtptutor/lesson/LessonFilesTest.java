package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lessons travel inside the jar, so the tutor finds them from any directory. */
class LessonFilesTest {

    @TempDir
    Path temp;

    @Test
    void theLessonsFolderIsReadFromInsideAJar() throws Exception {
        Path jar = temp.resolve("tutor.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "lessons/");
            add(out, "lessons/02-second.yaml", "b");
            add(out, "lessons/01-first.yaml", "a");
            add(out, "lessons/README.md", "not a lesson");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of(new LessonFiles.SourceFile("lessons/01-first.yaml", "01-first.yaml", "a"),
                    new LessonFiles.SourceFile("lessons/02-second.yaml", "02-second.yaml", "b")),
                    LessonFiles.bundled(loader));
        }
    }

    @Test
    void aDirectoryIsNamedAsTheTeacherGaveIt() throws Exception {
        Files.writeString(temp.resolve("07-x.yaml"), "x");
        assertEquals(List.of(new LessonFiles.SourceFile(temp + "/07-x.yaml", "07-x.yaml", "x")),
                LessonFiles.directory(temp));
    }

    private static void add(JarOutputStream out, String name, String... text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        for (String t : text) {
            out.write(t.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}
