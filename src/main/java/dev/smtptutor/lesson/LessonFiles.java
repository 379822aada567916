package dev.smtptutor.lesson;

import dev.smtptutor.files.FileProblem;
import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.Utf8Text;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the lesson files of a directory, or the copy of {@code lessons/} the jar carries. */
public final class LessonFiles {

    /** The folder inside the jar (and at the top of the project) that holds the curriculum. */
    public static final String BUNDLED = "lessons";

    /**
     * One file's text, with the name a teacher knows it by.
     *
     * @param shownAs  e.g. {@code lessons/03-envelope.yaml}, used in every message about the file
     * @param fileName e.g. {@code 03-envelope.yaml}
     */
    public record SourceFile(String shownAs, String fileName, String text, List<FileProblem> unreadable) {

        public SourceFile {
            unreadable = List.copyOf(unreadable);
        }

        public SourceFile(String shownAs, String fileName, String text) {
            this(shownAs, fileName, text, List.of());
        }
    }

    private LessonFiles() {}

    /** The {@code *.yaml} files of a directory, by name; named in messages as {@code DIR/NN-slug.yaml}. */
    public static List<SourceFile> directory(Path directory) throws IOException {
        return read(directory, directory.toString());
    }

    /** The curriculum shipped in the jar (or in target/classes when run from the build). */
    public static List<SourceFile> bundled() throws IOException {
        return bundled(LessonFiles.class.getClassLoader());
    }

    /** The {@code lessons/} folder as the class loader sees it: a directory, or a folder inside a jar. */
    static List<SourceFile> bundled(ClassLoader loader) throws IOException {
        return bundled(loader, BUNDLED);
    }

    /** Another folder of YAML files the jar carries, e.g. {@code lessons/exercises} (the classroom's). */
    public static List<SourceFile> bundled(String folder) throws IOException {
        return bundled(LessonFiles.class.getClassLoader(), folder);
    }

    private static List<SourceFile> bundled(ClassLoader loader, String folder) throws IOException {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IOException("the built-in lessons are missing from the class path (was the jar built with"
                    + " the lessons folder?)");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the built-in lessons at " + url, e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException open) {
                // Someone in this JVM has the jar open already: read through theirs, and leave it open.
                return read(FileSystems.getFileSystem(uri).getPath(folder), folder);
            }
            try (jar) {
                return read(jar.getPath(folder), folder);
            }
        }
        return read(Path.of(uri), folder);
    }

    private static List<SourceFile> read(Path directory, String shownAs) throws IOException {
        if (!Files.exists(directory)) {
            throw new IOException(LessonTexts.get("library.missing", "folder", shownAs));
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException(LessonTexts.get("library.not-a-folder", "folder", shownAs));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        List<SourceFile> out = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String shown = shownAs.endsWith("/") ? shownAs + name : shownAs + "/" + name;
            // A binary or Latin-1 file is one broken lesson named by its file; the others stay usable.
            FileProblems problems = new FileProblems(shown);
            String text = Utf8Text.decode(Files.readAllBytes(file), problems).orElse("");
            out.add(new SourceFile(shown, name, text, problems.all()));
        }
        return out;
    }
}
