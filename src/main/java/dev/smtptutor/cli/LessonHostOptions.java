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

    @Option(names = "--host", description = "Play the lesson on this mail server instead of the built-in simulator.")
    String host;

    @Option(names = "--port", description = "Port (default: 25 plain, 587 with --starttls, 465 with --tls).")
    Integer port;

    @Option(names = "--tls", description = "Implicit TLS from the first byte (port 465).")
    boolean tls;

    @Option(names = "--starttls", description = "Plain first, STARTTLS after EHLO (port 587).")
    boolean starttls;

    @Option(names = "--from", paramLabel = "ADDR", description = "Your address on the host, instead of alice@example.test (else asked).")
    String from;

    @Option(names = "--to", paramLabel = "ADDR", description = "An address to send to, instead of bob@example.test (else asked).")
    String to;

    @Option(names = "--user", paramLabel = "NAME", description = "Your login on the host, instead of alice; /auth asks for the password, hidden, and never keeps it.")
    String user;

    @CommandLine.Mixin
    HostOptions trust = new HostOptions();

    Optional<HostSpec> target() {
        if (tls && starttls) {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose --tls or --starttls, not both");
        }
        if (host == null) {
            if (port != null || tls || starttls || from != null || to != null || user != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--port, --tls, --starttls, --from, --to and --user go with --host (without it the lesson runs on the built-in simulator)");
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
