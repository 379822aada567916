package dev.smtptutor.cli;

import dev.smtptutor.shell.DetailLevel;
import dev.smtptutor.shell.HostSpec;
import dev.smtptutor.shell.LessonOptions;
import dev.smtptutor.shell.ShellOptions;
import dev.smtptutor.shell.TutorShell;
import dev.smtptutor.shell.SimulatorHost;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.Scenarios;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The smtp-tutor command line: the shell by default, and the subcommands around it. */
@Command(name = "smtp-tutor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ServeCommand.class, ExplainCommand.class, ProbeCommand.class,
                ScenariosCommand.class, LessonCommand.class, LessonsCommand.class, I18nCommand.class,
                RosterCommand.class, GradeCommand.class, ExercisesCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Mixin
    TargetOptions where = new TargetOptions();

    @CommandLine.Mixin
    HostOptions hostOptions = new HostOptions();

    @Option(names = "--scenario", paramLabel = "NAME|FILE")
    String scenario;

    @Option(names = "--quiet")
    boolean quiet;

    @Option(names = "--lessons", paramLabel = "DIR")
    Path lessons;

    @Option(names = LanguageOption.NAME, paramLabel = "CODE", scope = CommandLine.ScopeType.INHERIT,
            converter = LanguageOption.Converter.class)
    Language lang;

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        boolean shell = args.length == 0 || LanguageOption.onlyLanguage(arguments);
        if (shell) {
            BackgroundStart.begin();
        }
        Texts.use(LanguageOption.choose(arguments, System.getenv()));
        if (shell) {
            BackgroundStart.words();
        }
        int code = shell ? runShellDirectly() : execute(args);
        System.exit(code);
    }

    /**
     * Plain `./run.sh`, the most common start: straight into the shell with the defaults. Building
     * picocli's model of every subcommand costs a fifth of a second, more than the rest of the JVM's start.
     */
    private static int runShellDirectly() {
        try {
            return new Main().call();
        } catch (RuntimeException e) {
            System.err.println(CliTexts.get("error", Map.of("message", FriendlyErrors.describe(e))));
            return 1;
        }
    }

    /**
     * Runs the command line and returns the exit code, without exiting (for tests). The language is
     * chosen again from these arguments and this process's environment.
     */
    public static int run(String... args) {
        Texts.use(LanguageOption.choose(List.of(args), System.getenv()));
        return execute(args);
    }

    /** As {@link #run(String...)}, with the command's output and errors written to these (for tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        Texts.use(LanguageOption.choose(List.of(args), System.getenv()));
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    private static int execute(String... args) {
        return commandLine().execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setResourceBundle(CliTexts.help());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        // A mistyped option gets one sentence and where to look, not the whole usage text.
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println(CliTexts.get("error", Map.of("message", e.getMessage())));
            e.getCommandLine().getErr().println(CliTexts.get("usage.pointer", Map.of("command",
                    e.getCommandLine().getCommandSpec().qualifiedName(" ").replaceFirst("^smtp-tutor", "./run.sh"))));
            return 2;
        });
        return cli;
    }

    /** Opens the shell; in script mode (piped input) the exit status says how the script went. */
    @Override
    public Integer call() {
        boolean script = !TerminalCheck.interactive();
        return openShell(options(script), lessonOptions(), System.in, System.out);
    }

    /**
     * The shell on this process's terminal, or, when input is piped (script mode), on the given streams.
     */
    static int openShell(ShellOptions options, LessonOptions lessonOptions, InputStream in, OutputStream out) {
        try (Terminal terminal = options.script()
                ? new PipeTerminal(in, out)
                : BackgroundStart.systemTerminal();
             TutorShell shell = new TutorShell(terminal, options, lessonOptions)) {
            return shell.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in lessons, or the set named by --lessons. */
    LessonOptions lessonOptions() {
        return lessons == null ? LessonOptions.standard() : LessonOptions.standard().directory(lessons);
    }

    ShellOptions options(boolean script) {
        Optional<HostSpec> target = where.target(false, "host.options-without-host");
        Scenario simulator;
        try {
            simulator = scenario == null ? SimulatorHost.scenarioOf(SimConfig.defaults()) : Scenarios.find(scenario);
        } catch (ScenarioException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), String.join("\n", e.problems()));
        }
        return new ShellOptions(target, detail(), ShellOptions.defaultHome(System.getenv()), script, simulator,
                System.getenv(), hostOptions.settings());
    }

    DetailLevel detail() {
        return quiet ? DetailLevel.SHORT : DetailLevel.FULL;
    }

}
