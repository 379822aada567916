package dev.smtptutor.lesson;

import dev.smtptutor.files.FileProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every lesson of a set, loaded and validated up front. A broken file stays in the list with its
 * problems, so the others remain usable and the teacher sees what to fix.
 */
public final class LessonLibrary {

    /** One lesson file: loaded, or broken with its problems. */
    public sealed interface Entry permits Ready, Broken {
        int number();

        String file();
    }

    public record Ready(Lesson lesson) implements Entry {
        @Override
        public int number() {
            return lesson.number();
        }

        @Override
        public String file() {
            return lesson.file();
        }
    }

    public record Broken(int number, String file, List<FileProblem> problems) implements Entry {
        public Broken {
            problems = List.copyOf(problems);
        }
    }

    private final List<Entry> entries;
    private final List<FileProblem> problems;

    private LessonLibrary(List<Entry> entries, List<FileProblem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static LessonLibrary bundled() throws IOException {
        return of(LessonFiles.bundled());
    }

    public static LessonLibrary directory(Path directory) throws IOException {
        return of(LessonFiles.directory(directory));
    }

    public static LessonLibrary of(List<LessonFiles.SourceFile> files) {
        List<Entry> entries = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        for (LessonFiles.SourceFile source : files) {
            LessonParser.Result result = LessonParser.parse(source.shownAs(), source.fileName(), source.text());
            int number = numberOf(source.fileName());
            List<FileProblem> found = new ArrayList<>();
            if (number > 0 && numbers.containsKey(number)) {
                found.add(new FileProblem(source.shownAs(), 1, String.format(Locale.ROOT,
                        "lesson number %02d is taken by %s already: give this file another number", number,
                        numbers.get(number))));
            }
            numbers.putIfAbsent(number, source.fileName());
            if (result instanceof LessonParser.Broken broken) {
                found.addAll(broken.problems());
            }
            if (found.isEmpty()) {
                entries.add(new Ready(((LessonParser.Loaded) result).lesson()));
            } else {
                entries.add(new Broken(number, source.shownAs(), found));
                problems.addAll(found);
            }
        }
        entries.sort(Comparator.comparingInt(Entry::number).thenComparing(Entry::file));
        return new LessonLibrary(entries, problems);
    }

    private static int numberOf(String fileName) {
        return fileName.matches("\\d{2}-.*") ? Integer.parseInt(fileName.substring(0, 2)) : 0;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Lesson> lessons() {
        return entries.stream().filter(e -> e instanceof Ready).map(e -> ((Ready) e).lesson()).toList();
    }

    /** Every problem of every file, in file order. */
    public List<FileProblem> problems() {
        return problems;
    }

    /** A lesson by number ("3", "03") or by its id or slug ("03-envelope", "envelope"). */
    public Optional<Entry> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.matches("\\d{1,3}")) {
            int number = Integer.parseInt(wanted);
            return entries.stream().filter(e -> e.number() == number).findFirst();
        }
        return entries.stream().filter(e -> {
            String id = idOf(e);
            return id.equals(wanted) || id.length() > 3 && id.substring(3).equals(wanted);
        }).findFirst();
    }

    private static String idOf(Entry entry) {
        String name = Path.of(entry.file()).getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }

    /** The lesson after this one, in number order. */
    public Optional<Lesson> after(Lesson lesson) {
        return lessons().stream().filter(l -> l.number() > lesson.number()).findFirst();
    }
}
