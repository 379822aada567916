package dev.smtptutor.cli;

import dev.smtptutor.classroom.ClassroomException;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.files.FileProblem;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.TranslationCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code i18n}: the translators' tools. */
@Command(name = "i18n", mixinStandardHelpOptions = true, subcommands = I18nCommand.Check.class)
final class I18nCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code i18n check [LANG...]}: per language, every key missing or extra, every placeholder that
     * differs or is malformed, every lesson not translated or drifted. Exit 1 when there is any.
     */
    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {

        private static final Pattern LESSON_LANGUAGE = Pattern.compile("\\.([a-z]{2})\\.yaml$");
        /** The language of the translation a problem line ("DIR/01-x.de.yaml:7: ...") is about. */
        private static final Pattern EXERCISE_LANGUAGE = Pattern.compile("^[^:]*\\.([a-z]{2})\\.yaml:");

        @Parameters(paramLabel = "LANG", arity = "0..*", descriptionKey = "param.lang")
        List<String> languages = List.of();

        @Option(names = "--resources", paramLabel = "DIR")
        Path resources;

        @Option(names = "--lessons", paramLabel = "DIR")
        Path lessons;

        @Option(names = "--exercises", paramLabel = "DIR")
        Path exercises;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Language> chosen = new ArrayList<>();
            for (String code : languages) {
                Optional<Language> language = Language.ofCode(code).filter(l -> l != Language.EN);
                if (language.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.get("i18n.unknown-language",
                            Map.of("value", code, "codes", Language.codes())));
                }
                chosen.add(language.get());
            }
            if (chosen.isEmpty()) {
                Arrays.stream(Language.values()).filter(l -> l != Language.EN).forEach(chosen::add);
            }
            TranslationCheck check = new TranslationCheck(files());
            List<TranslationCheck.Finding> findings = check.check(check.subjects(), chosen);
            Optional<LessonLibrary> library = LessonLookup.library(Optional.ofNullable(lessons),
                    spec.commandLine().getErr(), "i18n check");
            if (library.isEmpty()) {
                return 1;
            }
            List<FileProblem> lessonProblems = library.get().translationProblems();
            Optional<Exercises> exerciseSet;
            try {
                exerciseSet = exerciseSet();
            } catch (ClassroomException e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println(p));
                spec.commandLine().getErr().flush();
                return 1;
            } catch (IOException e) {
                spec.commandLine().getErr().println(CliTexts.get("lessons.unreadable", Map.of("command", "i18n check",
                        "why", FileTrouble.describe(e))));
                spec.commandLine().getErr().flush();
                return 1;
            }
            List<String> exerciseProblems = exerciseSet.map(Exercises::translationProblems).orElse(List.of());
            int total = 0;
            for (TranslationCheck.Finding finding : findings) {
                if (finding.language() == Language.EN) {
                    out.println(line(finding));
                    total++;
                }
            }
            Map<Language, int[]> counts = new EnumMap<>(Language.class);
            for (Language language : chosen) {
                int[] count = counts.computeIfAbsent(language, l -> new int[4]);
                for (TranslationCheck.Finding finding : findings) {
                    if (finding.language() == language) {
                        out.println(line(finding));
                        count[finding.kind() == TranslationCheck.Kind.MISSING ? 0 : 1]++;
                    }
                }
                for (String file : library.get().untranslated(language)) {
                    out.println(CliTexts.get("i18n.lesson.untranslated", Map.of("language", language.code(),
                            "file", file, "translation", dev.smtptutor.lesson.TranslationFiles.fileFor(file, language))));
                    count[2]++;
                }
                for (FileProblem problem : lessonProblems) {
                    Matcher m = LESSON_LANGUAGE.matcher(problem.file());
                    if (m.find() && m.group(1).equals(language.code())) {
                        out.println(CliTexts.get("i18n.lesson.problem", Map.of("language", language.code(),
                                "problem", problem.toString())));
                        count[1]++;
                    }
                }
                for (String file : exerciseSet.map(e -> e.untranslated(language)).orElse(List.of())) {
                    out.println(CliTexts.get("i18n.lesson.untranslated", Map.of("language", language.code(),
                            "file", file, "translation", dev.smtptutor.lesson.TranslationFiles.fileFor(file, language))));
                    count[3]++;
                }
                for (String problem : exerciseProblems) {
                    Matcher m = EXERCISE_LANGUAGE.matcher(problem);
                    if (m.find() && m.group(1).equals(language.code())) {
                        out.println(CliTexts.get("i18n.lesson.problem", Map.of("language", language.code(),
                                "problem", problem)));
                        count[1]++;
                    }
                }
                total += count[0] + count[1] + count[2] + count[3];
            }
            for (Language language : chosen) {
                int[] count = counts.get(language);
                out.println(CliTexts.get("i18n.summary", Map.of("language", language.code(), "name", language.nativeName(),
                        "missing", count[0], "problems", count[1], "lessons", count[2], "exercises", count[3])));
            }
            out.flush();
            return total == 0 ? 0 : 1;
        }

        private static String line(TranslationCheck.Finding finding) {
            return CliTexts.get("i18n.finding." + finding.kind().name().toLowerCase(java.util.Locale.ROOT),
                    Map.of("language", finding.language().code(), "file", finding.file(), "key", finding.key(),
                            "detail", finding.detail()));
        }

        /**
         * The exercises to check: --exercises DIR; with --lessons DIR, its exercises folder when it has
         * one; else the built-in ones.
         */
        private Optional<Exercises> exerciseSet() throws IOException, ClassroomException {
            if (exercises != null) {
                return Optional.of(Exercises.directory(exercises));
            }
            if (lessons != null) {
                Path folder = lessons.resolve("exercises");
                return Files.isDirectory(folder) ? Optional.of(Exercises.directory(folder)) : Optional.empty();
            }
            return Optional.of(Exercises.builtIn());
        }

        /** The files in the jar, or under --resources DIR (a working copy, or a translator's fixtures). */
        private Function<String, Optional<String>> files() {
            if (resources == null) {
                return dev.smtptutor.text.Resources::text;
            }
            return path -> {
                Path file = resources.resolve(path);
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                            : Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }
}
