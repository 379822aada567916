package dev.smtptutor.cli;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
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
        int width = scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(4);
        out.printf("%-" + width + "s  %s%n", "NAME", "SUMMARY");
        for (Scenario scenario : scenarios) {
            out.printf("%-" + width + "s  %s%n", scenario.name(), scenario.summary());
        }
        out.println();
        out.println("./run.sh scenarios show NAME prints one (copy it to write your own); "
                + "./run.sh serve --scenario NAME|FILE runs one.");
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
                        throw new ScenarioException(file + ": no such file");
                    }
                    Scenario scenario = Scenarios.load(file, file.toString());
                    spec.commandLine().getOut().printf("%s: ok, scenario '%s' with %d rule(s)%n", file, scenario.name(),
                            scenario.rules().size());
                } catch (ScenarioException e) {
                    e.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
                    exit = 2;
                }
            }
            return exit;
        }
    }
}
