package dev.smtptutor.cli;

import dev.smtptutor.text.FileTrouble;
import java.util.Map;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Loads a lesson set and finds one lesson in it, saying plainly what went wrong when it cannot. */
final class LessonLookup {

    private LessonLookup() {}

    /** The set in the directory, or the built-in one. */
    static Optional<LessonLibrary> library(Optional<Path> directory, PrintWriter err, String command) {
        try {
            return Optional.of(directory.isPresent() ? LessonLibrary.directory(directory.get()) : LessonLibrary.bundled());
        } catch (IOException e) {
            err.println(CliTexts.get("lessons.unreadable", Map.of("command", command, "why", FileTrouble.describe(e))));
            err.flush();
            return Optional.empty();
        }
    }

    static Optional<Lesson> find(Optional<Path> directory, String name, PrintWriter err, String command) {
        Optional<LessonLibrary> library = library(directory, err, command);
        if (library.isEmpty()) {
            return Optional.empty();
        }
        Optional<LessonLibrary.Entry> entry = library.get().find(name);
        if (entry.isEmpty()) {
            err.println(CliTexts.get("lessons.not-found", Map.of("command", command, "name", name,
                    "count", library.get().lessons().size())));
        } else if (entry.get() instanceof LessonLibrary.Broken broken) {
            err.println(CliTexts.get("lessons.broken", Map.of("command", command, "file", broken.file())));
            broken.problems().forEach(p -> err.println("  " + p));
        }
        err.flush();
        return entry.filter(e -> e instanceof LessonLibrary.Ready).map(e -> ((LessonLibrary.Ready) e).lesson());
    }
}
