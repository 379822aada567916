package dev.smtptutor.cli;

import dev.smtptutor.classroom.RosterGenerator;
import dev.smtptutor.classroom.RosterReader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code roster new N}: a class list for {@code serve --classroom}, as CSV on standard output. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        subcommands = RosterCommand.New.class)
final class RosterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "new", mixinStandardHelpOptions = true)
    static final class New implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "N", descriptionKey = "param.n")
        int count;

        @Override
        public Integer call() {
            if (count < 1 || count > RosterGenerator.MAX_STUDENTS) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        dev.smtptutor.classroom.Words.get("roster.count-range", "max", RosterGenerator.MAX_STUDENTS));
            }
            spec.commandLine().getOut().print(RosterReader.write(RosterGenerator.generate(count)));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
