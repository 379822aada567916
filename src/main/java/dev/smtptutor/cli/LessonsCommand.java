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
        description = {"List the guided lessons; validate, create and verify lesson files."},
        subcommands = {LessonsCommand.Validate.class, LessonsCommand.New.class, LessonsCommand.Verify.class},
        footer = {"", "Examples:", "  ./run.sh lessons", "  ./run.sh lessons validate my-lessons",
                "  ./run.sh lessons new dsn-basics --dir my-lessons",
                "  ./run.sh lessons verify 3 < answers.txt"})
final class LessonsCommand implements Callable<Integer> {

    @Option(names = "--lessons", paramLabel = "DIR", description = "List the lessons in DIR instead of the built-in set.")
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
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check lesson files and print every problem as FILE:LINE: what is wrong.",
                    "Exits with 1 when there is any problem, so it can guard a teacher's repository in CI."})
    static final class Validate implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "The directory of NN-slug.yaml files (default: the built-in lessons).")
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
            List<Problem> problems = library.get().problems();
            problems.forEach(err::println);
            err.flush();
            String where = directory == null ? "the built-in lessons" : directory.toString();
            if (library.get().entries().isEmpty()) {
                out.println("No lesson files (NN-slug.yaml) in " + where + ".");
                out.flush();
                return 1;
            }
            int steps = library.get().lessons().stream().mapToInt(l -> l.steps().size()).sum();
            long broken = library.get().entries().stream().filter(e -> e instanceof LessonLibrary.Broken).count();
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
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Create a new lesson file, numbered after the last one, with every field explained."})
    static final class New implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "Lower-case words joined by dashes, e.g. dsn-basics.")
        String name;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "lessons",
                description = "Where to create it (default: ${DEFAULT-VALUE}, created if missing).")
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
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Play lesson N with the lines of standard input typed as the learner's, against the simulator.",
                    "Prints the session, then the steps not met; exits with 1 when any step is not met.",
                    "Progress is not recorded. Steps that need a scenario this version lacks are reported, not failed."})
    static final class Verify implements Callable<Integer> {

        @Parameters(paramLabel = "N", description = "The lesson: its number or name.")
        String lesson;

        @Option(names = "--lessons", paramLabel = "DIR", description = "Take the lesson from DIR instead of the built-in set.")
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
            LessonStats stats = LessonStats.of(lesson, progress, options.scenarios());
            int met = stats.done();
            int counted = (int) lesson.steps().stream().filter(st -> !hostless.containsKey(st.id())
                    && st.requires().stream().allMatch(r -> options.scenarios().provides(r))).count();
            out.println();
            out.printf("lesson %d (%s): %d of %d steps met%s%n", lesson.number(), lesson.title(), met, counted,
                    stats.waiting() > 0 ? ", " + stats.waiting() + " waiting for a scenario or feature this version lacks" : "");
            for (int i = 0; i < lesson.steps().size(); i++) {
                Step step = lesson.steps().get(i);
                boolean done = progress.step(lesson.id(), step.id())
                        .filter(r -> r.status() == StepRecord.Status.DONE).isPresent();
                boolean waiting = !done && (hostless.containsKey(step.id())
                        || step.requires().stream().anyMatch(r -> !options.scenarios().provides(r)));
                if (!done && !waiting) {
                    out.printf("  not met: step %d '%s' (%s)%n", i + 1, step.id(), step.title());
                } else if (!done && hostless.containsKey(step.id())) {
                    out.printf("  passed over on this host: step %d '%s' (%s)%n", i + 1, step.id(),
                            dev.smtptutor.lesson.LessonTexts.get("requirement." + hostless.get(step.id())));
                }
            }
            out.flush();
            return met == counted ? 0 : 1;
        }
    }
}
