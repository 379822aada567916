package dev.smtptutor.lesson;

import dev.smtptutor.files.FileProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
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
    /** The translations by English file name ("01-hello.yaml") and language; parsed only when used. */
    private final Map<String, Map<Language, LessonFiles.SourceFile>> translations;
    /** Files that look like translations but belong to no lesson or no language the tutor speaks. */
    private final List<FileProblem> strayTranslations;

    private LessonLibrary(List<Entry> entries, List<FileProblem> problems,
                          Map<String, Map<Language, LessonFiles.SourceFile>> translations, List<FileProblem> strays) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        this.translations = translations;
        this.strayTranslations = List.copyOf(strays);
    }

    public static LessonLibrary bundled() throws IOException {
        return of(LessonFiles.bundled());
    }

    public static LessonLibrary directory(Path directory) throws IOException {
        return of(LessonFiles.directory(directory));
    }

    /**
     * The lessons of these files, in the current language where a translation (NN-slug.LANG.yaml)
     * matches its English lesson step for step, in English otherwise.
     */
    public static LessonLibrary of(List<LessonFiles.SourceFile> files) {
        List<Entry> entries = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        Map<String, Map<Language, LessonFiles.SourceFile>> translations = new HashMap<>();
        List<FileProblem> strays = new ArrayList<>();
        List<LessonFiles.SourceFile> lessons = new ArrayList<>();
        for (LessonFiles.SourceFile source : files) {
            Optional<Map.Entry<String, String>> translation = TranslationFiles.parts(source.fileName());
            if (!source.unreadable().isEmpty() && translation.isPresent()) {
                strays.addAll(source.unreadable());
                continue;
            }
            if (translation.isEmpty()) {
                lessons.add(source);
                continue;
            }
            Optional<Language> language = TranslationFiles.language(translation.get().getValue());
            if (language.isEmpty()) {
                strays.add(new FileProblem(source.shownAs(), 1, LessonTexts.get("translation.unknown-language",
                        Map.of("code", translation.get().getValue(), "codes", Language.codes()))));
                continue;
            }
            translations.computeIfAbsent(translation.get().getKey(), k -> new EnumMap<>(Language.class))
                    .put(language.get(), source);
        }
        for (LessonFiles.SourceFile source : lessons) {
            LessonParser.Result result = LessonParser.parse(source.shownAs(), source.fileName(), source.text());
            int number = numberOf(source.fileName());
            List<FileProblem> found = new ArrayList<>();
            if (number > 0 && numbers.containsKey(number)) {
                found.add(new FileProblem(source.shownAs(), 1, LessonTexts.get("library.number-taken", Map.of(
                        "number", String.format(Locale.ROOT, "%02d", number), "file", numbers.get(number)))));
            }
            numbers.putIfAbsent(number, source.fileName());
            if (!source.unreadable().isEmpty()) {
                found.addAll(source.unreadable());
            } else if (result instanceof LessonParser.Broken broken) {
                found.addAll(broken.problems());
            }
            if (found.isEmpty()) {
                Lesson lesson = ((LessonParser.Loaded) result).lesson();
                entries.add(new Ready(inCurrentLanguage(lesson, translations.get(source.fileName()))));
            } else {
                entries.add(new Broken(number, source.shownAs(), found));
                problems.addAll(found);
            }
        }
        entries.sort(Comparator.comparingInt(Entry::number).thenComparing(Entry::file));
        Set<String> english = new HashSet<>();
        lessons.forEach(l -> english.add(l.fileName()));
        translations.forEach((englishFile, byLanguage) -> {
            if (!english.contains(englishFile)) {
                byLanguage.values().forEach(t -> strays.add(new FileProblem(t.shownAs(), 1,
                        LessonTexts.get("translation.no-lesson", "english", englishFile))));
            }
        });
        return new LessonLibrary(entries, problems, translations, strays);
    }

    /** The lesson in the current language's words, when its translation parses and has not drifted. */
    private static Lesson inCurrentLanguage(Lesson english, Map<Language, LessonFiles.SourceFile> translations) {
        Language language = Texts.language();
        if (language == Language.EN || translations == null || !translations.containsKey(language)) {
            return english;
        }
        return translated(english, translations.get(language))
                .filter(t -> LessonTranslations.drift(english, t).isEmpty())
                .map(t -> LessonTranslations.merge(english, t))
                .orElse(english);
    }

    private static Optional<Lesson> translated(Lesson english, LessonFiles.SourceFile file) {
        LessonParser.Result result = LessonParser.parse(file.shownAs(), english.id() + ".yaml", file.text());
        return result instanceof LessonParser.Loaded loaded ? Optional.of(loaded.lesson()) : Optional.empty();
    }

    /**
     * Every problem of every translation, in every language: files that do not parse, steps missing or
     * added, checks or solutions that differ from the English lesson, stray files. For lessons validate.
     */
    public List<FileProblem> translationProblems() {
        List<FileProblem> problems = new ArrayList<>(strayTranslations);
        // lessons() may carry a translation's words, but its structure is always the English file's.
        for (Lesson english : lessons()) {
            Map<Language, LessonFiles.SourceFile> byLanguage = translations.getOrDefault(english.id() + ".yaml", Map.of());
            for (LessonFiles.SourceFile file : byLanguage.values()) {
                LessonParser.Result result = LessonParser.parse(file.shownAs(), english.id() + ".yaml", file.text());
                if (result instanceof LessonParser.Broken broken) {
                    problems.addAll(broken.problems());
                } else {
                    problems.addAll(LessonTranslations.drift(english, ((LessonParser.Loaded) result).lesson()));
                }
            }
        }
        return problems;
    }

    /** The lessons (by file, "lessons/01-hello.yaml") that have no translation into this language. */
    public List<String> untranslated(Language language) {
        if (language == Language.EN) {
            return List.of();
        }
        return lessons().stream()
                .filter(l -> !translations.getOrDefault(l.id() + ".yaml", Map.of()).containsKey(language))
                .map(Lesson::file).toList();
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
