package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.MxLookup;
import dev.smtptutor.client.TlsMode;
import dev.smtptutor.client.Trust;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /connect and /disconnect: switch between the simulator and real hosts inside the shell. */
final class ConnectionCommands {

    private ConnectionCommands() {}

    static final class Connect implements SlashCommand {
        @Override
        public String name() {
            return "connect";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            List<String> words = new java.util.ArrayList<>(List.of("sim", "--tls", "--starttls", "--insecure", "--cafile"));
            words.addAll(dev.smtptutor.sim.Scenarios.builtInNames());
            return words;
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            String[] words = arguments.strip().split("\\s+");
            if (arguments.isBlank()) {
                out.warn(Messages.get("connect.usage"));
                return;
            }
            if (words[0].equals("sim")) {
                ScenarioCommand.start(session, words.length > 1 ? Optional.of(words[1]) : Optional.empty());
                return;
            }
            Optional<TlsMode> mode = Optional.empty();
            HostSettings settings = session.hostSettings();
            List<String> rest = List.of(words).subList(1, words.length);
            for (int i = 0; i < rest.size(); i++) {
                String word = rest.get(i);
                if (word.equals("--tls")) {
                    mode = Optional.of(TlsMode.IMPLICIT);
                } else if (word.equals("--starttls")) {
                    mode = Optional.of(TlsMode.STARTTLS);
                } else if (word.equals("--insecure")) {
                    settings = settings.insecurely();
                } else if (word.equals("--cafile") && i + 1 < rest.size()) {
                    try {
                        settings = settings.withTrust(Trust.caFile(Path.of(rest.get(++i))));
                    } catch (ConnectionException e) {
                        ProblemView.show(out, e);
                        return;
                    }
                } else {
                    out.warn(Messages.get("connect.usage"));
                    return;
                }
            }
            Optional<HostSpec> spec = HostSpec.parse(words[0], mode);
            if (spec.isEmpty()) {
                out.warn(Messages.get("connect.bad-target", "typed", words[0]));
                return;
            }
            session.hostSettings(settings);
            connect(session, spec.get());
        }

        static void connect(ShellSession session, HostSpec requested) {
            Optional<HostSpec> found = requested.mayBeMailDomain() ? viaMx(session, requested) : Optional.of(requested);
            if (found.isEmpty()) {
                return;
            }
            HostSpec spec = found.get();
            session.out().info(Messages.get(spec.reason(), Map.of("port", spec.port(),
                    "mode", spec.mode().name().toLowerCase(java.util.Locale.ROOT))));
            if (session.hostSettings().insecure()) {
                session.out().warn(Messages.get("connect.insecure"));
            }
            session.connectHost(session.hostSettings().options(spec));
        }
    }

    /**
     * RFC 5321 §5.1: mail for a domain goes to its MX hosts, lowest preference first, equal ones in
     * random order; only a domain that exists with no MX records is its own mail server (the
     * "implicit MX"). A domain that does not exist, a null MX (RFC 7505) and a DNS failure give no
     * server to connect to: the learner reads why, and nothing is connected.
     */
    private static Optional<HostSpec> viaMx(ShellSession session, HostSpec spec) {
        String domain = spec.host();
        MxLookup.Answer answer = session.mxLookup().answer(domain);
        if (answer instanceof MxLookup.NoRecords) {
            session.out().info(Messages.get("mx.none", "domain", domain));
            return Optional.of(spec);
        }
        if (answer instanceof MxLookup.NullMx) {
            session.out().warn(Messages.get("mx.null", "domain", domain));
            return Optional.empty();
        }
        if (answer instanceof MxLookup.NoSuchDomain) {
            session.out().warn(Messages.get("mx.nxdomain", "domain", domain));
            return Optional.empty();
        }
        if (answer instanceof MxLookup.TryLater) {
            session.out().warn(Messages.get("mx.try-later", "domain", domain));
            return Optional.empty();
        }
        List<MxLookup.MxRecord> records = ((MxLookup.Records) answer).records();
        session.out().info(Messages.get("mx.found", "domain", domain));
        for (MxLookup.MxRecord record : records) {
            session.out().info(String.format("  %5d  %s", record.preference(), record.host()));
        }
        session.out().info(Messages.get("mx.choice", "host", records.get(0).host()));
        return Optional.of(spec.at(records.get(0).host()));
    }

    static final class Disconnect implements SlashCommand {
        @Override
        public String name() {
            return "disconnect";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            if (session.link().isEmpty()) {
                session.out().info(Messages.get("smtp.not-connected"));
                return;
            }
            session.disconnect();
            session.out().info(Messages.get("disconnect.done"));
        }
    }
}
