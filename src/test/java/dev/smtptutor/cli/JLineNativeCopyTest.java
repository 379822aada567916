package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jline.nativ.JLineNativeLoader;
import org.jline.nativ.OSInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JLine's native library is kept once beside the jar, whole, and named to JLine. */
class JLineNativeCopyTest {

    @TempDir
    Path temp;

    @AfterEach
    void forgetTheProperties() {
        System.clearProperty("library.jline.path");
        System.clearProperty("library.jline.name");
    }

    @Test
    void theFirstStartKeepsACopyAndTheNextOnesUseIt() throws Exception {
        Path jar = Files.writeString(temp.resolve("smtp-tutor.jar"), "not read");
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        byte[] library;
        try (InputStream in = JLineNativeLoader.class.getResourceAsStream(folder + "/" + System.mapLibraryName("jlinenative"))) {
            library = in.readAllBytes();
        }

        JLineNativeCopy.use(Optional.of(jar));
        Path root = temp.resolve("native");
        assertEquals(root.toString(), System.getProperty("library.jline.path"));
        Path copy = root.resolve(folder).resolve(System.getProperty("library.jline.name"));
        assertArrayEquals(library, Files.readAllBytes(copy));
        assertEquals(List.of(copy), files(root), "one file, no partial one left");

        // The next start takes it as it is.
        FileTime made = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, made);
        forgetTheProperties();
        JLineNativeCopy.use(Optional.of(jar));
        assertEquals(made, Files.getLastModifiedTime(copy));

        // A damaged copy (cut short) is made again.
        Files.write(copy, new byte[10]);
        forgetTheProperties();
        JLineNativeCopy.use(Optional.of(jar));
        assertArrayEquals(library, Files.readAllBytes(copy));
    }

    @Test
    void withoutAJarOrWithTheLibraryNamedAlreadyJLineIsLeftAlone() throws Exception {
        JLineNativeCopy.use(Optional.empty());
        assertNull(System.getProperty("library.jline.path"));

        System.setProperty("library.jline.path", "/opt/elsewhere");
        JLineNativeCopy.use(Optional.of(Files.writeString(temp.resolve("smtp-tutor.jar"), "")));
        assertEquals("/opt/elsewhere", System.getProperty("library.jline.path"));
        assertEquals(List.of(temp.resolve("smtp-tutor.jar")), files(temp));
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
