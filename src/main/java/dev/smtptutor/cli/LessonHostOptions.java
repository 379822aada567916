package dev.smtptutor.cli;

import dev.smtptutor.client.TlsMode;
import dev.smtptutor.shell.HostSpec;
import dev.smtptutor.shell.LessonOptions;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where a lesson runs when not on the built-in simulator, and who plays it there (lesson, lessons verify). */
final class LessonHostOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host")
    String host;

    @Option(names = "--port")
    Integer port;

    @Option(names = "--tls")
    boolean tls;

    @Option(names = "--starttls")
    boolean starttls;

    @Option(names = "--from", paramLabel = "ADDR")
    String from;

    @Option(names = "--to", paramLabel = "ADDR")
    String to;

    @Option(names = "--user", paramLabel = "NAME")
    String user;

    @CommandLine.Mixin
    HostOptions trust = new HostOptions();

    Optional<HostSpec> target() {
        if (tls && starttls) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.get("tls.both"));
        }
        if (host == null) {
            if (port != null || tls || starttls || from != null || to != null || user != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.get("lesson.options-without-host"));
            }
            return Optional.empty();
        }
        Optional<TlsMode> mode = tls ? Optional.of(TlsMode.IMPLICIT) : starttls ? Optional.of(TlsMode.STARTTLS) : Optional.empty();
        return Optional.of(HostSpec.of(host, Optional.ofNullable(port), mode));
    }

    /** The learner's addresses and login; {@code ask} false when nobody can answer (piped answers). */
    LessonOptions learner(LessonOptions options, boolean ask) {
        return options.learner(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(user), ask);
    }
}
