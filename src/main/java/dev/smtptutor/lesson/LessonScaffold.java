package dev.smtptutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * {@code lessons new NAME}: a new, valid lesson file to start from, numbered after the last one in the
 * directory. The text is a resource ({@code template.yaml}) with comments on every field.
 */
public final class LessonScaffold {

    private LessonScaffold() {}

    /** Creates {@code DIR/NN-name.yaml} and returns its path; the name must be lower-case words joined by dashes. */
    public static Path create(Path directory, String name) throws IOException {
        String slug = name.strip().toLowerCase(Locale.ROOT);
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a lesson name is lower-case letters, digits and dashes, e.g. dsn-basics");
        }
        Files.createDirectories(directory);
        int number = nextNumber(directory, slug);
        if (number > 99) {
            throw new IllegalArgumentException(directory + " has lesson 99 already; numbers have two digits");
        }
        Path file = directory.resolve(String.format(Locale.ROOT, "%02d-%s.yaml", number, slug));
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        String text = template().replace("{title}", title).replace("{number}", String.valueOf(number));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    private static int nextNumber(Path directory, String slug) throws IOException {
        int highest = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path path : files.toList()) {
                Matcher name = LessonParser.FILE_NAME.matcher(path.getFileName().toString());
                if (name.matches()) {
                    if (name.group(2).equals(slug)) {
                        throw new FileAlreadyExistsException(path.toString(), null, "a lesson with this name exists");
                    }
                    highest = Math.max(highest, Integer.parseInt(name.group(1)));
                }
            }
        }
        return highest + 1;
    }

    private static String template() {
        try (InputStream in = LessonScaffold.class.getResourceAsStream("template.yaml")) {
            if (in == null) {
                throw new IllegalStateException("template.yaml is missing from the lesson resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
