package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run from its jar, the tutor reads its own files from the jar directly, byte for byte. */
class ResourcesFromJarTest {

    @TempDir
    Path temp;

    @Test
    void aFileInTheJarIsReadFromItAndAnyOtherThroughTheClassLoader() throws Exception {
        Path jarFile = temp.resolve("smtp-tutor.jar");
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry("dev/smtptutor/shell/messages_zh.properties"));
            jar.write("welcome=欢迎 à smtp-tutor\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            jar.putNextEntry(new ZipEntry("dev/smtptutor/empty/"));
            jar.closeEntry();
        }
        Optional<ZipFile> opened = Resources.jarOf(new CodeSource(jarFile.toUri().toURL(), (Certificate[]) null));
        assertTrue(opened.isPresent());
        try (ZipFile zip = opened.get()) {
            assertEquals("welcome=欢迎 à smtp-tutor\n", read(Resources.open(opened, "dev/smtptutor/shell/messages_zh.properties")));
            // Not in that jar: the class loader's copy (the build's own English messages here).
            assertEquals(read(Resources.class.getClassLoader().getResourceAsStream("dev/smtptutor/shell/messages.properties")),
                    read(Resources.open(opened, "dev/smtptutor/shell/messages.properties")));
            assertNull(Resources.open(opened, "dev/smtptutor/empty/"));
            assertNull(Resources.open(opened, "dev/smtptutor/no-such-file.properties"));
        }
    }

    @Test
    void aLibrarysFileIsReadFromItsJarByteForByte() throws Exception {
        // JLine comes from its jar (in the build's repository here): its terminfo names, read directly.
        Class<?> jline = org.jline.utils.InfoCmp.class;
        assertTrue(jline.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith(".jar"));
        byte[] direct = Resources.openFromJarOf(jline, "org/jline/utils/capabilities.txt").readAllBytes();
        byte[] throughLoader = jline.getResourceAsStream("capabilities.txt").readAllBytes();
        assertTrue(direct.length > 1000);
        assertEquals(new String(throughLoader, StandardCharsets.ISO_8859_1), new String(direct, StandardCharsets.ISO_8859_1));
        // Read again from the jar kept open.
        assertEquals(direct.length, Resources.openFromJarOf(jline, "org/jline/utils/capabilities.txt").readAllBytes().length);
        assertNull(Resources.openFromJarOf(jline, "org/jline/utils/no-such-file.txt"));
        // A class from the build's classes folder: through its class loader.
        assertEquals(read(Resources.class.getClassLoader().getResourceAsStream("dev/smtptutor/shell/messages.properties")),
                read(Resources.openFromJarOf(Resources.class, "dev/smtptutor/shell/messages.properties")));
    }

    @Test
    void aFolderIsNoJar() throws Exception {
        assertEquals(Optional.empty(), Resources.jarOf(new CodeSource(temp.toUri().toURL(), (Certificate[]) null)));
        assertEquals(Optional.empty(), Resources.jarOf(null));
    }

    private static String read(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
