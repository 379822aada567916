package dev.smtptutor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Files that ship in the jar: words, knowledge tables, lessons. */
public final class Resources {

    /** A folder whose files win over the jar's (tests' fixture translations); empty normally. */
    private static volatile Optional<Path> overlay = Optional.empty();

    private Resources() {}

    /**
     * Files under {@code folder} (same layout: dev/smtptutor/shell/messages_zh.properties) take the
     * place of the jar's, from the next text read on; {@code Optional.empty()} goes back to the jar.
     * For tests with fixture translations.
     */
    public static void overlay(Optional<Path> folder) {
        overlay = folder;
        Texts.reload();
    }

    /** The whole file as UTF-8 text, e.g. "dev/smtptutor/explain/commands.tsv"; empty when it is not there. */
    public static Optional<String> text(String resourcePath) {
        Optional<byte[]> bytes = bytes(resourcePath);
        return bytes.isPresent() ? Optional.of(new String(bytes.get(), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The whole file's bytes; empty when it is not there. */
    static Optional<byte[]> bytes(String resourcePath) {
        Optional<Path> folder = overlay;
        if (folder.isPresent()) {
            Path file = folder.get().resolve(resourcePath);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        try (InputStream in = open(resourcePath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourcePath, e);
        }
    }

    /**
     * The file from the tutor's own jar when it runs from one, read from the jar directly: the class
     * loader's way goes through a URL and a jar connection for each file, a third of the time the shell
     * spent reading its words at start-up. Anything else (the build's classes folder, in tests) through
     * the class loader.
     */
    private static InputStream open(String resourcePath) throws IOException {
        return open(OwnJar.JAR, resourcePath);
    }

    /** From this jar when it has the file, else through the class loader; null when neither has it. */
    static InputStream open(Optional<java.util.zip.ZipFile> jar, String resourcePath) throws IOException {
        return open(jar, resourcePath, Resources.class.getClassLoader());
    }

    private static InputStream open(Optional<java.util.zip.ZipFile> jar, String resourcePath, ClassLoader loader)
            throws IOException {
        if (jar.isPresent()) {
            java.util.zip.ZipEntry entry = jar.get().getEntry(resourcePath);
            if (entry != null && !entry.isDirectory()) {
                return jar.get().getInputStream(entry);
            }
        }
        return loader.getResourceAsStream(resourcePath);
    }

    /** Libraries' jars opened so far, by location, kept open. */
    private static final Map<String, Optional<java.util.zip.ZipFile>> LIBRARIES = new ConcurrentHashMap<>();

    /**
     * A file of a library ("org/jline/utils/capabilities.txt"), read straight from the jar the given class
     * of that library came from, as the tutor's own files are. Through the class loader, a first search
     * opens every jar on the class path before that one and reads each one's directory, milliseconds at
     * the shell's start; the jar is kept open, so the JDK's own search of the class path (java.util.logging
     * makes one at start) finds its directory already read. Through the class loader when that class is
     * not from a local jar; null when neither has the file.
     */
    public static InputStream openFromJarOf(Class<?> libraryClass, String resourcePath) throws IOException {
        java.security.CodeSource source = libraryClass.getProtectionDomain().getCodeSource();
        String location = source == null || source.getLocation() == null ? "" : source.getLocation().toString();
        Optional<java.util.zip.ZipFile> jar = LIBRARIES.get(location);
        if (jar == null) {
            Optional<java.util.zip.ZipFile> opened = jarOf(source);
            jar = LIBRARIES.putIfAbsent(location, opened);
            if (jar == null) {
                jar = opened;
            } else if (opened.isPresent()) {
                opened.get().close(); // another thread opened it first
            }
        }
        return open(jar, resourcePath, libraryClass.getClassLoader());
    }

    /**
     * The jar the tutor runs from; empty when it runs from the build's classes folder (tests, an IDE).
     * Its folder holds what ships beside it: {@code lib/}, {@code native/}.
     */
    public static Optional<Path> ownJar() {
        return OwnJar.PATH;
    }

    /** The jar this class was loaded from, found and opened once and kept open. */
    private static final class OwnJar {
        static final Optional<Path> PATH = jarPath(Resources.class.getProtectionDomain().getCodeSource());
        static final Optional<java.util.zip.ZipFile> JAR = open(PATH);
    }

    /** The jar a class came from, opened; empty for a folder or anything that is not a local file. */
    static Optional<java.util.zip.ZipFile> jarOf(java.security.CodeSource source) {
        return open(jarPath(source));
    }

    private static Optional<Path> jarPath(java.security.CodeSource source) {
        try {
            if (source == null || !source.getLocation().getProtocol().equals("file")) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<java.util.zip.ZipFile> open(Optional<Path> jar) {
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new java.util.zip.ZipFile(jar.get().toFile()));
        } catch (IOException e) {
            return Optional.empty(); // the class loader's way still works
        }
    }

    /** A file the program cannot do without; its absence is a packaging bug, so it fails loudly. */
    public static String require(String resourcePath) {
        Optional<String> text = text(resourcePath);
        if (text.isEmpty()) {
            throw new IllegalStateException(resourcePath + " is missing from the build");
        }
        return text.get();
    }

    /**
     * The file in the current language when there is one ({@code commands_es.tsv} beside
     * {@code commands.tsv}), else empty. For files translated as a whole rather than key by key.
     */
    public static Optional<String> translation(String folder, String name, String extension) {
        Language language = Texts.language();
        return language == Language.EN ? Optional.empty()
                : text(folder + name + language.bundleSuffix() + "." + extension);
    }
}
