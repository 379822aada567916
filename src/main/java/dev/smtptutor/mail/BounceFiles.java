package dev.smtptutor.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a learner names for {@code explain --bounce}: each FILE as it is, and for a folder its messages:
 * a Maildir's {@code new/} and {@code cur/} (never {@code tmp/}, where messages are still being written), or
 * the plain files directly in any other folder. In name order, so that the output is the same every time.
 */
public final class BounceFiles {

    /** More files than anyone reads one by one: the rest are left out, and the caller says so. */
    public static final int MAX_FILES = 100_000;

    /** The files found, and whether some were left out. */
    public record Found(List<Path> files, boolean truncated) {}

    private BounceFiles() {}

    public static Found expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        boolean truncated = false;
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                out.add(path);
                continue;
            }
            boolean maildir = Files.isDirectory(path.resolve("cur")) || Files.isDirectory(path.resolve("new"));
            List<Path> folders = maildir ? List.of(path.resolve("new"), path.resolve("cur")) : List.of(path);
            for (Path folder : folders) {
                out.addAll(files(folder));
            }
        }
        if (out.size() > MAX_FILES) {
            truncated = true;
            out = new ArrayList<>(out.subList(0, MAX_FILES));
        }
        return new Found(List.copyOf(out), truncated);
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().limit(MAX_FILES + 1L).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
