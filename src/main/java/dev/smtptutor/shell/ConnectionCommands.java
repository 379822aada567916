package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.TlsMode;
import java.io.IOException;
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
            return List.of("sim", "--tls", "--starttls");
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
                try {
                    session.connectSimulator(session.simulatorConfig());
                } catch (IOException e) {
                    out.error(Messages.get("connect.sim-failed", "why", String.valueOf(e.getMessage())));
                }
                return;
            }
            Optional<TlsMode> mode = Optional.empty();
            for (String word : List.of(words).subList(1, words.length)) {
                if (word.equals("--tls")) {
                    mode = Optional.of(TlsMode.IMPLICIT);
                } else if (word.equals("--starttls")) {
                    mode = Optional.of(TlsMode.STARTTLS);
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
            connect(session, spec.get());
        }

        static void connect(ShellSession session, HostSpec spec) {
            session.out().info(Messages.get(spec.reason(), Map.of("port", spec.port(),
                    "mode", spec.mode().name().toLowerCase(java.util.Locale.ROOT))));
            session.connectHost(ConnectionOptions.builder(spec.host(), spec.port()).mode(spec.mode()).build());
        }
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
