package dev.smtptutor.classroom;

import dev.smtptutor.lesson.LessonFiles;
import dev.smtptutor.lesson.TranslationFiles;
import java.io.IOException;
import java.nio.file.Path;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of exercises in number order: the built-in ones, or a teacher's folder. Each is in the current
 * language where its translation ({@code NN-slug.LANG.yaml}) matches the English file criterion for
 * criterion, in English otherwise; the English words stay at hand for what goes on the wire.
 */
public final class Exercises {

    public static final String BUNDLED = "lessons/exercises";

    private final List<Exercise> all;
    private final List<Exercise> english;
    /** The English files as shown ("lessons/exercises/01-first-message.yaml"), by exercise number. */
    private final Map<Integer, String> files;
    /** The translations by English file name ("01-first-message.yaml") and language; parsed only when used. */
    private final Map<String, Map<Language, LessonFiles.SourceFile>> translations;
    /** Files that look like translations but belong to no exercise or no language the tutor speaks. */
    private final List<String> strays;

    private Exercises(List<Exercise> all, List<Exercise> english, Map<Integer, String> files,
                      Map<String, Map<Language, LessonFiles.SourceFile>> translations, List<String> strays) {
        this.all = List.copyOf(all);
        this.english = List.copyOf(english);
        this.files = Map.copyOf(files);
        this.translations = translations;
        this.strays = List.copyOf(strays);
    }

    public static Exercises builtIn() {
        try {
            return of(LessonFiles.bundled(BUNDLED));
        } catch (IOException | ClassroomException e) {
            throw new IllegalStateException("the built-in exercises are broken: " + e.getMessage(), e);
        }
    }

    public static Exercises directory(Path folder) throws IOException, ClassroomException {
        List<LessonFiles.SourceFile> files = LessonFiles.directory(folder);
        if (files.isEmpty()) {
            throw new ClassroomException(List.of(Words.get("exercise.none", "dir", folder)));
        }
        return of(files);
    }

    static Exercises of(List<LessonFiles.SourceFile> files) throws ClassroomException {
        List<String> problems = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        Map<String, Map<Language, LessonFiles.SourceFile>> translations = new HashMap<>();
        List<String> strays = new ArrayList<>();
        for (LessonFiles.SourceFile file : files) {
            Optional<Map.Entry<String, String>> translation = TranslationFiles.parts(file.fileName());
            if (translation.isPresent() && !file.unreadable().isEmpty()) {
                // A binary or Latin-1 translation is named by its file; the English exercise stays usable.
                file.unreadable().forEach(p -> strays.add(p.toString()));
                continue;
            }
            if (translation.isPresent()) {
                Optional<Language> language = TranslationFiles.language(translation.get().getValue());
                if (language.isEmpty()) {
                    strays.add(file.shownAs() + ":1: " + Words.get("exercise.translation.unknown-language",
                            "code", translation.get().getValue(), "codes", Language.codes()));
                } else {
                    translations.computeIfAbsent(translation.get().getKey(), k -> new EnumMap<>(Language.class))
                            .put(language.get(), file);
                }
                continue;
            }
            try {
                Exercise exercise = ExerciseParser.parse(file.shownAs(), file.fileName(), file.text());
                String first = numbers.putIfAbsent(exercise.number(), file.shownAs());
                if (first != null) {
                    problems.add(file.shownAs() + ":1: " + Words.get("exercise.duplicate-number",
                            "number", exercise.number(), "first", first, "second", file.shownAs()));
                } else {
                    exercises.add(exercise);
                }
            } catch (ClassroomException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ClassroomException(problems);
        }
        exercises.sort(java.util.Comparator.comparingInt(Exercise::number));
        Set<String> englishFiles = new HashSet<>();
        exercises.forEach(e -> englishFiles.add(fileName(e)));
        translations.forEach((englishFile, byLanguage) -> {
            if (!englishFiles.contains(englishFile)) {
                byLanguage.values().forEach(t -> strays.add(t.shownAs() + ":1: "
                        + Words.get("exercise.translation.no-exercise", "english", englishFile)));
            }
        });
        Language language = Texts.language();
        List<Exercise> shown = exercises.stream().map(e -> inLanguage(e, numbers.get(e.number()), language,
                translations.getOrDefault(fileName(e), Map.of()))).toList();
        return new Exercises(shown, exercises, numbers, translations, strays);
    }

    /** The exercise in this language's words, when its translation parses and has the English criteria. */
    private static Exercise inLanguage(Exercise english, String shownAs, Language language,
                                       Map<Language, LessonFiles.SourceFile> translations) {
        if (language == Language.EN || !translations.containsKey(language)) {
            return english;
        }
        LessonFiles.SourceFile file = translations.get(language);
        try {
            ExerciseParser.Parsed parsed = ExerciseParser.parseWithLines(file.shownAs(), fileName(english), file.text());
            return ExerciseTranslations.drift(english, shownAs, parsed, file.shownAs()).isEmpty()
                    ? ExerciseTranslations.merge(english, parsed.exercise()) : english;
        } catch (ClassroomException broken) {
            return english;
        }
    }

    private static String fileName(Exercise exercise) {
        return String.format(Locale.ROOT, "%02d-%s.yaml", exercise.number(), exercise.slug());
    }

    /**
     * Every problem of every translation, in every language, as {@code file:line: message}: files that
     * do not parse, criteria added, missing or changed, stray files. For exercises validate and i18n check.
     */
    public List<String> translationProblems() {
        List<String> problems = new ArrayList<>(strays);
        for (Exercise exercise : english) {
            Map<Language, LessonFiles.SourceFile> byLanguage = translations.getOrDefault(fileName(exercise), Map.of());
            for (LessonFiles.SourceFile file : byLanguage.values()) {
                try {
                    problems.addAll(ExerciseTranslations.drift(exercise, files.get(exercise.number()),
                            ExerciseParser.parseWithLines(file.shownAs(), fileName(exercise), file.text()), file.shownAs()));
                } catch (ClassroomException broken) {
                    problems.addAll(broken.problems());
                }
            }
        }
        return problems;
    }

    /** The exercises (by file, "lessons/exercises/01-first-message.yaml") with no translation into this language. */
    public List<String> untranslated(Language language) {
        if (language == Language.EN) {
            return List.of();
        }
        return english.stream().filter(e -> !translations.getOrDefault(fileName(e), Map.of()).containsKey(language))
                .map(e -> files.get(e.number())).toList();
    }

    /**
     * For a folder that is translated: in each language at least one exercise has a translation into,
     * every exercise without one, as {@code file:1: message}. A folder in English only has none.
     */
    public List<String> missingTranslations() {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        translations.values().forEach(byLanguage -> languages.addAll(byLanguage.keySet()));
        List<String> problems = new ArrayList<>();
        for (Language language : languages) {
            for (String file : untranslated(language)) {
                String translation = TranslationFiles.fileFor(file, language);
                problems.add(file + ":1: " + Words.get("exercise.translation.missing",
                        "language", language.code(), "translation", translation));
            }
        }
        return problems;
    }

    /** The exercises in the current language's words. */
    public List<Exercise> all() {
        return all;
    }

    public Optional<Exercise> number(int n) {
        return all.stream().filter(e -> e.number() == n).findFirst();
    }

    /** An exercise in its English words, the source: what a classroom server says on the wire. */
    public Optional<Exercise> english(int n) {
        return english.stream().filter(e -> e.number() == n).findFirst();
    }

    public java.math.BigDecimal points() {
        return all.stream().map(Exercise::points).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
