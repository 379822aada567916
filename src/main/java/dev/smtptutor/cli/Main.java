package dev.smtptutor.cli;

import dev.smtptutor.client.TlsMode;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The smtp-tutor command line: the shell by default, and the subcommands around it. */
@Command(name = "smtp-tutor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"An interactive SMTP tutor: type real SMTP, see every reply explained.",
                "With no command it opens the shell on the built-in simulator; --host connects to a real server."},
        subcommands = {ServeCommand.class, ExplainCommand.class, ProbeCommand.class,
                ScenariosCommand.class, LessonCommand.class, LessonsCommand.class,
                RosterCommand.class})
public final class Main implements Runnable {

    @Option(names = "--host", description = "Connect to this mail server instead of the built-in simulator.")
    String host;

    @Option(names = "--port", description = "Port (default: 25 plain, 587 with --starttls, 465 with --tls).")
    Integer port;

    @Option(names = "--tls", description = "Implicit TLS from the first byte (port 465).")
    boolean tls;

    @Option(names = "--starttls", description = "Plain first, STARTTLS after EHLO (port 587).")
    boolean starttls;

    @CommandLine.Mixin
    HostOptions hostOptions = new HostOptions();

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Run the built-in simulator with a teaching scenario (./run.sh scenarios lists them) or your own file.")
    String scenario;

    @Option(names = "--quiet", description = "Start with short, one-line explanations (/explain full brings them back).")
    boolean quiet;

    @Option(names = "--lessons", paramLabel = "DIR", description = "Use the lessons in DIR (a teacher's own set) instead of the built-in ones.")
    Path lessons;

    public static void main(String[] args) {
        int code = args.length == 0 ? runShellDirectly() : run(args);
        System.exit(code);
    }

    /**
     * Plain `./run.sh`, the most common start: straight into the shell with the defaults. Building
     * picocli's model of every subcommand costs a fifth of a second, more than the rest of the JVM's start.
     */
    private static int runShellDirectly() {
        try {
            new Main().run();
            return 0;
        } catch (RuntimeException e) {
            System.err.println("smtp-tutor: " + FriendlyErrors.describe(e));
            return 1;
        }
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        // A mistyped option gets one sentence and where to look, not the whole usage text.
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("smtp-tutor: " + e.getMessage());
            e.getCommandLine().getErr().println("(" + e.getCommandLine().getCommandSpec().qualifiedName(" ")
                    .replaceFirst("^smtp-tutor", "./run.sh") + " --help lists the options)");
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        boolean script = System.console() == null;
        openShell(options(script), lessonOptions(), System.in, System.out);
    }

    /**
     * The shell on this process's terminal, or, when input is piped (script mode), on the given streams.
     */
    static void openShell(ShellOptions options, LessonOptions lessonOptions, InputStream in, OutputStream out) {
        try (Terminal terminal = options.script()
                ? new DumbTerminal("smtp-tutor", "dumb", in, out, java.nio.charset.StandardCharsets.UTF_8)
                : TerminalBuilder.builder().system(true).name("smtp-tutor").build();
             TutorShell shell = new TutorShell(terminal, options, lessonOptions)) {
            shell.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in lessons, or the set named by --lessons. */
    LessonOptions lessonOptions() {
        return lessons == null ? LessonOptions.standard() : LessonOptions.standard().directory(lessons);
    }

    ShellOptions options(boolean script) {
        if (tls && starttls) {
            throw new CommandLine.ParameterException(new CommandLine(this), "choose --tls or --starttls, not both");
        }
        Optional<TlsMode> mode = tls ? Optional.of(TlsMode.IMPLICIT)
                : starttls ? Optional.of(TlsMode.STARTTLS) : Optional.empty();
        Optional<HostSpec> target = host == null ? Optional.empty()
                : Optional.of(HostSpec.of(host, Optional.ofNullable(port), mode));
        if (host == null && (port != null || tls || starttls)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--port, --tls and --starttls go with --host (without --host the shell uses the built-in simulator)");
        }
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
