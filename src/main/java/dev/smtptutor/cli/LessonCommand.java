package dev.smtptutor.cli;

import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.shell.LessonOptions;
import dev.smtptutor.shell.ShellOptions;
import dev.smtptutor.shell.HostSettings;
import dev.smtptutor.shell.SimulatorHost;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.SimConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lesson N}: the shell, straight into lesson N (started, or resumed where the learner left off). */
@Command(name = "lesson", mixinStandardHelpOptions = true)
final class LessonCommand implements Callable<Integer> {

    @Parameters(paramLabel = "N", descriptionKey = "param.n")
    String lesson;

    @Option(names = "--lessons", paramLabel = "DIR")
    Path lessons;

    @CommandLine.Mixin
    LessonHostOptions where = new LessonHostOptions();

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Path> directory = Optional.ofNullable(lessons).or(() -> Optional.ofNullable(main.lessons));
        Optional<Lesson> found = LessonLookup.find(directory, lesson, spec.commandLine().getErr(), "lesson");
        if (found.isEmpty()) {
            return 1;
        }
        Optional<dev.smtptutor.shell.HostSpec> target = where.target();
        LessonOptions options = where.learner(LessonOptions.standard().start(lesson), true);
        if (directory.isPresent()) {
            options = options.directory(directory.get());
        }
        // The first connection already runs on the lesson's scenario, so the learner sees one banner, not two.
        Scenario simulator = options.scenarios().lookup(found.get().scenario())
                .orElse(SimulatorHost.scenarioOf(SimConfig.defaults()));
        boolean script = !TerminalCheck.interactive();
        ShellOptions shell = new ShellOptions(target, main.detail(), ShellOptions.defaultHome(System.getenv()),
                script, simulator, System.getenv(), target.isPresent() ? where.trust.settings() : HostSettings.defaults());
        Main.openShell(shell, options, System.in, System.out);
        return 0;
    }
}
