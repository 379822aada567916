package dev.smtptutor.cli;

import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.ScenarioWords;
import dev.smtptutor.sim.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code scenarios}: the built-in teaching scenarios with a line on each; {@code scenarios show NAME}
 * prints one to copy; {@code scenarios validate FILE...} checks a teacher's own files.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        subcommands = {ScenariosCommand.Show.class, ScenariosCommand.Validate.class})
final class ScenariosCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<Scenario> scenarios = Scenarios.builtIns();
        String name = CliTexts.get("scenarios.column.name");
        int width = Math.max(DisplayWidth.of(name), scenarios.stream().mapToInt(s -> DisplayWidth.of(s.name())).max().orElse(4));
        out.println(DisplayWidth.padRight(name, width) + "  " + CliTexts.get("scenarios.column.summary"));
        for (Scenario scenario : scenarios) {
            out.println(DisplayWidth.padRight(scenario.name(), width) + "  " + ScenarioWords.summary(scenario));
        }
        out.println();
        out.println(CliTexts.get("scenarios.more"));
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", descriptionKey = "param.name")
        String name;

        @Override
        public Integer call() {
            try {
                PrintWriter out = spec.commandLine().getOut();
                out.print(Scenarios.builtInText(name));
                out.flush(); // print() does not flush, and the JVM exits right after
                return 0;
            } catch (ScenarioException e) {
                spec.commandLine().getErr().println("smtp-tutor: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.file")
        List<Path> files;

        @Override
        public Integer call() {
            int exit = 0;
            for (Path file : files) {
                try {
                    if (!Files.isRegularFile(file)) {
                        throw new ScenarioException(CliTexts.get("scenarios.no-file", java.util.Map.of("file", file)));
                    }
                    Scenario scenario = Scenarios.load(file, file.toString());
                    spec.commandLine().getOut().println(CliTexts.get("scenarios.valid", java.util.Map.of("file", file,
                            "name", scenario.name(), "rules", scenario.rules().size())));
                } catch (ScenarioException e) {
                    e.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
                    exit = 2;
                }
            }
            return exit;
        }
    }
}
