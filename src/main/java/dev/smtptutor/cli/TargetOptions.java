package dev.smtptutor.cli;

import dev.smtptutor.client.TlsMode;
import dev.smtptutor.shell.HostSpec;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where to connect instead of the built-in simulator: --host, --port, --tls, --starttls. One mixin for
 * the shell and the lesson commands; their help texts stay in help.properties, per command.
 */
final class TargetOptions {

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

    /**
     * The host named, or empty for the simulator. Refuses --tls with --starttls, and refuses --port,
     * --tls, --starttls (or, when {@code othersNeedingHost}, the command's own) without --host, saying
     * so in the words under {@code withoutHostKey}.
     */
    Optional<HostSpec> target(boolean othersNeedingHost, String withoutHostKey) {
        if (tls && starttls) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.get("tls.both"));
        }
        if (host == null) {
            if (port != null || tls || starttls || othersNeedingHost) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.get(withoutHostKey));
            }
            return Optional.empty();
        }
        Optional<TlsMode> mode = tls ? Optional.of(TlsMode.IMPLICIT) : starttls ? Optional.of(TlsMode.STARTTLS) : Optional.empty();
        return Optional.of(HostSpec.of(host, Optional.ofNullable(port), mode));
    }
}
