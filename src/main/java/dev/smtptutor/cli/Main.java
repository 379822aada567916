package dev.smtptutor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The smtp-tutor command line: the shell by default, and the subcommands around it. */
@Command(name = "smtp-tutor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An interactive SMTP tutor: type real SMTP, see every reply explained.",
        subcommands = {ServeCommand.class, ScenariosCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
