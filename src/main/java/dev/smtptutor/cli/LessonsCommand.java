package dev.smtptutor.cli;

import java.util.Map;
import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.LessonScaffold;
import dev.smtptutor.lesson.LessonStats;
import dev.smtptutor.files.FileProblem;
import dev.smtptutor.lesson.Progress;
import dev.smtptutor.lesson.Step;
import dev.smtptutor.lesson.StepRecord;
import dev.smtptutor.shell.DetailLevel;
import dev.smtptutor.shell.LessonOptions;
import dev.smtptutor.shell.ShellOptions;
import dev.smtptutor.shell.HostSettings;
import dev.smtptutor.shell.SimulatorHost;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.SimConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lessons}: list the lessons, and the teacher's tools: validate, new, verify. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        subcommands = {LessonsCommand.Validate.class, LessonsCommand.New.class, LessonsCommand.Verify.class})
final class LessonsCommand implements Callable<Integer> {

    @Option(names = "--lessons", paramLabel = "DIR")
    Path lessons;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // ./run.sh --lessons DIR lessons means the same as ./run.sh lessons --lessons DIR.
        Path directory = lessons != null ? lessons : main == null ? null : main.lessons;
        Optional<LessonLibrary> library = LessonLookup.library(Optional.ofNullable(directory), spec.commandLine().getErr(),
                "lessons");
        if (library.isEmpty()) {
            return 1;
        }
        for (LessonLibrary.Entry entry : library.get().entries()) {
            if (entry instanceof LessonLibrary.Ready ready) {
                Lesson lesson = ready.lesson();
                out.println(String.format("%2d  ", lesson.number()) + DisplayWidth.padRight(lesson.title(), 34) + " "
                        + CliTexts.get("lessons.entry", Map.of("steps", count(lesson.steps().size(), "step"),
                        "scenario", lesson.scenario())));
            } else {
                LessonLibrary.Broken broken = (LessonLibrary.Broken) entry;
                out.println(String.format("%2d  ", broken.number()) + CliTexts.get("lessons.entry.broken",
                        Map.of("file", broken.file(), "problems", count(broken.problems().size(), "problem"))));
            }
        }
        out.flush();
        return 0;
    }

    /** {@code lessons validate [DIR]}: every problem of every file, as file:line: message. */
    @Command(name = "validate", mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "param.dir")
        Path directory;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<LessonLibrary> library = LessonLookup.library(Optional.ofNullable(directory), err, "lessons validate");
            if (library.isEmpty()) {
                return 1;
            }
            List<FileProblem> problems = new java.util.ArrayList<>(library.get().problems());
            problems.addAll(library.get().translationProblems());
            problems.forEach(err::println);
            err.flush();
            String where = directory == null ? CliTexts.get("lessons.built-in") : directory.toString();
            if (library.get().entries().isEmpty()) {
                out.println(CliTexts.get("lessons.none", Map.of("where", where)));
                out.flush();
                return 1;
            }
            int steps = library.get().lessons().stream().mapToInt(l -> l.steps().size()).sum();
            long broken = problems.stream().map(FileProblem::file).distinct().count();
            out.println(problems.isEmpty()
                    ? CliTexts.get("lessons.valid", Map.of("where", where,
                            "lessons", count(library.get().lessons().size(), "lesson"), "steps", count(steps, "step")))
                    : CliTexts.get("lessons.invalid", Map.of("where", where, "problems", count(problems.size(), "problem"),
                            "files", count((int) broken, "file"))));
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /** "1 lesson", "15 lessons": count.lesson.one or count.lesson.other, in the current language. */
    static String count(int n, String word) {
        return CliTexts.get("count." + word + (n == 1 ? ".one" : ".other"), Map.of("n", n));
    }

    /** {@code lessons new NAME}: a new lesson file, valid from the start, to edit. */
    @Command(name = "new", mixinStandardHelpOptions = true)
    static final class New implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", descriptionKey = "param.name")
        String name;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "lessons")
        Path directory;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                Path file = LessonScaffold.create(directory, name);
                PrintWriter out = spec.commandLine().getOut();
                out.println(CliTexts.get("lessons.created", Map.of("file", file)));
                out.println(CliTexts.get("lessons.created.next", Map.of("directory", directory,
                        "number", file.getFileName().toString().substring(0, 2))));
                out.flush();
                return 0;
            } catch (IllegalArgumentException | IOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(CliTexts.get("lessons.new.error", Map.of("message", e instanceof FileAlreadyExistsException exists
                        ? CliTexts.get("lessons.new.exists", Map.of("file", exists.getFile())) : String.valueOf(e.getMessage()))));
                err.flush();
                return 1;
            }
        }
    }

    /**
     * {@code lessons verify N < answers.txt}: plays a lesson with the lines of standard input as the
     * learner's, then says which steps were not met. For a teacher's CI and for grading.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify implements Callable<Integer> {

        @Parameters(paramLabel = "N", descriptionKey = "param.n")
        String lesson;

        @Option(names = "--lessons", paramLabel = "DIR")
        Path lessons;

        @CommandLine.Mixin
        LessonHostOptions where = new LessonHostOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final InputStream stdin;
        private final OutputStream stdout;

        Verify() {
            this(System.in, System.out);
        }

        Verify(InputStream stdin, OutputStream stdout) {
            this.stdin = stdin;
            this.stdout = stdout;
        }

        @Override
        public Integer call() {
            Optional<Lesson> found = LessonLookup.find(Optional.ofNullable(lessons), lesson, spec.commandLine().getErr(),
                    "lessons verify");
            if (found.isEmpty()) {
                return 1;
            }
            Progress progress = Progress.empty();
            Optional<dev.smtptutor.shell.HostSpec> target = where.target();
            // The answers file holds only the learner's lines: addresses and login come from the options.
            LessonOptions options = where.learner(LessonOptions.standard().start(lesson).memory(progress), false)
                    .started(runner -> runners.add(runner));
            if (lessons != null) {
                options = options.directory(lessons);
            }
            Scenario simulator = options.scenarios().lookup(found.get().scenario())
                .orElse(SimulatorHost.scenarioOf(SimConfig.defaults()));
            ShellOptions shell = new ShellOptions(target, DetailLevel.SHORT,
                    ShellOptions.defaultHome(System.getenv()), true, simulator, System.getenv(),
                    target.isPresent() ? where.trust.settings() : HostSettings.defaults());
            Main.openShell(shell, options, stdin, stdout);
            return report(found.get(), progress, options);
        }

        private final java.util.List<dev.smtptutor.lesson.LessonRunner> runners = new java.util.concurrent.CopyOnWriteArrayList<>();

        private int report(Lesson lesson, Progress progress, LessonOptions options) {
            // Steps the host passed over (it offers no STARTTLS, no AUTH...) are not counted against the answers.
            java.util.Map<String, String> hostless = new java.util.HashMap<>();
            runners.forEach(r -> hostless.putAll(r.passedOver()));
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            LessonStats stats = LessonStats.of(lesson, progress);
            int met = stats.done();
            int counted = (int) lesson.steps().stream().filter(st -> !hostless.containsKey(st.id())).count();
            out.println();
            out.println(CliTexts.get("lessons.verify.summary",
                    Map.of("number", lesson.number(), "title", lesson.title(), "met", met, "counted", counted)));
            for (int i = 0; i < lesson.steps().size(); i++) {
                Step step = lesson.steps().get(i);
                boolean done = progress.step(lesson.id(), step.id())
                        .filter(r -> r.status() == StepRecord.Status.DONE).isPresent();
                boolean waiting = !done && hostless.containsKey(step.id());
                if (!done && !waiting) {
                    out.println(CliTexts.get("lessons.verify.not-met", Map.of("number", i + 1, "id", step.id(),
                            "title", step.title())));
                } else if (!done && hostless.containsKey(step.id())) {
                    out.println(CliTexts.get("lessons.verify.passed-over", Map.of("number", i + 1, "id", step.id(),
                            "why", dev.smtptutor.lesson.LessonTexts.get("requirement." + hostless.get(step.id())))));
                }
            }
            out.flush();
            return met == counted ? 0 : 1;
        }
    }
}
