package dev.smtptutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import org.jline.nativ.JLineNativeLoader;
import org.jline.nativ.OSInfo;

/**
 * JLine's native terminal library, kept once beside the tutor's jar ({@code target/native/Linux/x86_64/})
 * and named to JLine through {@code library.jline.path}. Left to itself JLine writes the library from its
 * jar into the temporary folder under a new random name at every start, reads both copies back to
 * compare them, and deletes its copy at exit: file work, and a tenth of the main thread's time before
 * the first prompt in a terminal. The copy is written to a temporary file and renamed, so a half-written
 * library is never loaded; anything unusual (no jar, a folder not writable) leaves JLine to do as it does.
 */
final class JLineNativeCopy {

    private JLineNativeCopy() {}

    /**
     * Names the kept copy to JLine, making it first if needed; does nothing when the property is already
     * set. The copy's name carries a checksum of the library in JLine's jar (14 kB, read each start), so a
     * newer JLine gets its own copy.
     */
    static void use(Optional<Path> jar) {
        if (System.getProperty("library.jline.path") != null || jar.isEmpty()) {
            return;
        }
        try {
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("jlinenative");
            byte[] bytes;
            String inJar = "org/jline/nativ/" + folder + "/" + name; // beside JLineNativeLoader, "Linux/x86_64/..."
            try (InputStream in = dev.smtptutor.text.Resources.openFromJarOf(JLineNativeLoader.class, inJar)) {
                if (in == null) {
                    return; // no library for this platform in JLine's jar: JLine's other ways
                }
                bytes = in.readAllBytes();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            String copyName = "jlinenative-" + Long.toHexString(crc.getValue()) + "-" + name;
            Path root = jar.get().toAbsolutePath().getParent().resolve("native");
            Path library = root.resolve(folder).resolve(copyName);
            if (!Files.isRegularFile(library) || Files.size(library) != bytes.length) {
                Files.createDirectories(library.getParent());
                Path partial = Files.createTempFile(library.getParent(), copyName, ".partial");
                try {
                    Files.write(partial, bytes);
                    Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            System.setProperty("library.jline.path", root.toString());
            System.setProperty("library.jline.name", copyName);
        } catch (IOException | RuntimeException e) {
            // JLine extracts its library itself, as it always did
        }
    }
}
