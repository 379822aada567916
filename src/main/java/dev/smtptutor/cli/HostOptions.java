package dev.smtptutor.cli;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.Trust;
import dev.smtptutor.shell.HostSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Trust and timeout options for commands that reach real hosts (the shell's --host, probe). */
final class HostOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--insecure")
    boolean insecure;

    @Option(names = "--cafile", paramLabel = "FILE")
    Path caFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30")
    int replyTimeout = 30; // also the default of a bare ./run.sh, which skips picocli

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10")
    int connectTimeout = 10;

    HostSettings settings() {
        if (replyTimeout <= 0 || connectTimeout <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "timeouts are whole seconds above zero");
        }
        Trust trust = Trust.systemDefault();
        if (caFile != null) {
            try {
                trust = Trust.caFile(caFile);
            } catch (ConnectionException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        e.explanation().happened() + " " + e.explanation().tryThis());
            }
        }
        if (insecure) {
            trust = trust.insecurely();
        }
        return new HostSettings(trust, Duration.ofSeconds(connectTimeout), Duration.ofSeconds(replyTimeout));
    }
}
