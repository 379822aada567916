package dev.smtptutor.cli;

import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.LessonScaffold;
import dev.smtptutor.lesson.LessonStats;
import dev.smtptutor.lesson.Problem;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<LessonLibrary> library = LessonLookup.library(Optional.ofNullable(lessons), spec.commandLine().getErr(),
                "lessons");
        if (library.isEmpty()) {
            return 1;
        }
        for (LessonLibrary.Entry entry : library.get().entries()) {
            if (entry instanceof LessonLibrary.Ready ready) {
                Lesson lesson = ready.lesson();
                out.printf("%2d  %-34s %d steps, scenario %s%n", lesson.number(), lesson.title(), lesson.steps().size(),
                        lesson.scenario());
            } else {
                LessonLibrary.Broken broken = (LessonLibrary.Broken) entry;
                out.printf("%2d  %s: %d problem(s); ./run.sh lessons validate shows them%n", broken.number(), broken.file(),
                        broken.problems().size());
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
            List<Problem> problems = new java.util.ArrayList<>(library.get().problems());
            problems.addAll(library.get().translationProblems());
            problems.forEach(err::println);
            err.flush();
            String where = directory == null ? "the built-in lessons" : directory.toString();
            if (library.get().entries().isEmpty()) {
                out.println("No lesson files (NN-slug.yaml) in " + where + ".");
                out.flush();
                return 1;
            }
            int steps = library.get().lessons().stream().mapToInt(l -> l.steps().size()).sum();
            long broken = problems.stream().map(Problem::file).distinct().count();
            out.println(problems.isEmpty()
                    ? String.format("%s: %s, %s, no problems.", where, count(library.get().lessons().size(), "lesson"),
                            count(steps, "step"))
                    : String.format("%s: %s in %s.", where, count(problems.size(), "problem"), count((int) broken, "file")));
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /** "1 lesson", "15 lessons". */
    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
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
                out.println("Created " + file + ".");
                out.println("Edit it, check it with ./run.sh lessons validate " + directory
                        + ", and play it with ./run.sh --lessons " + directory + " lesson " + file.getFileName().toString()
                        .substring(0, 2) + ".");
                out.flush();
                return 0;
            } catch (IllegalArgumentException | IOException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("smtp-tutor lessons new: " + (e instanceof FileAlreadyExistsException exists
                        ? exists.getFile() + " exists already" : e.getMessage()));
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
            LessonOptions options = LessonOptions.standard().start(lesson).memory(progress);
            if (lessons != null) {
                options = options.directory(lessons);
            }
            Scenario simulator = options.scenarios().lookup(found.get().scenario())
                .orElse(SimulatorHost.scenarioOf(SimConfig.defaults()));
            ShellOptions shell = new ShellOptions(Optional.empty(), DetailLevel.SHORT,
                    ShellOptions.defaultHome(System.getenv()), true, simulator, System.getenv(), HostSettings.defaults());
            Main.openShell(shell, options, stdin, stdout);
            return report(found.get(), progress, options);
        }

        private int report(Lesson lesson, Progress progress, LessonOptions options) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
            LessonStats stats = LessonStats.of(lesson, progress, options.scenarios());
            int met = stats.done();
            int counted = stats.steps() - stats.waiting();
            out.println();
            out.printf("lesson %d (%s): %d of %d steps met%s%n", lesson.number(), lesson.title(), met, counted,
                    stats.waiting() > 0 ? ", " + stats.waiting() + " waiting for a scenario or feature this version lacks" : "");
            for (int i = 0; i < lesson.steps().size(); i++) {
                Step step = lesson.steps().get(i);
                boolean done = progress.step(lesson.id(), step.id())
                        .filter(r -> r.status() == StepRecord.Status.DONE).isPresent();
                boolean waiting = !done && step.requires().stream().anyMatch(r -> !options.scenarios().provides(r));
                if (!done && !waiting) {
                    out.printf("  not met: step %d '%s' (%s)%n", i + 1, step.id(), step.title());
                }
            }
            out.flush();
            return met == counted ? 0 : 1;
        }
    }
}
