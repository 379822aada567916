package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.StateTracker;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** /b64, /auth and /tls: help with the parts of SMTP a learner cannot type from memory. */
final class AuthCommands {

    private AuthCommands() {}

    /** /b64 TEXT encodes (with \0 for the NUL bytes of AUTH PLAIN); /b64 -d BASE64 decodes. */
    static final class Base64 implements SlashCommand {
        @Override
        public String name() {
            return "b64";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            if (arguments.isBlank()) {
                out.info(usage());
                return;
            }
            if (arguments.startsWith("-d ")) {
                String encoded = arguments.substring(3).strip();
                Optional<String> decoded = SaslCodec.unbase64(encoded);
                out.line(decoded.map(d -> Messages.get("b64.decoded", Map.of("base64", encoded, "text", visible(d))))
                        .orElse(Messages.get("b64.not-base64", "base64", encoded)));
                return;
            }
            String text = arguments.replace("\\0", "\0");
            out.line(Messages.get("b64.encoded", Map.of("text", visible(text), "base64", SaslCodec.base64(text))));
            if (text.indexOf('\0') >= 0) {
                out.hint(Messages.get("b64.plain-hint"));
            }
        }

        /** NUL bytes shown as \0, as the learner typed them. */
        static String visible(String text) {
            return text.replace("\0", "\\0");
        }
    }

    /** /auth plain|login: asks for the user and a masked password, shows what goes out and why, sends it. */
    static final class Auth implements SlashCommand {
        @Override
        public String name() {
            return "auth";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return List.of("plain", "login");
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            String mechanism = arguments.strip().toUpperCase(Locale.ROOT);
            if (!mechanism.equals("PLAIN") && !mechanism.equals("LOGIN")) {
                out.warn(Messages.get("auth.usage"));
                return;
            }
            Optional<Link> link = session.openLinkOrExplain();
            if (link.isEmpty()) {
                return;
            }
            StateTracker.Snapshot state = link.get().conversation().state();
            if (!ready(state, mechanism, out)) {
                return;
            }
            if (!state.tls() && !link.get().isSimulator() && !prompter.confirm(Messages.get("auth.plaintext-risk"))) {
                out.info(Messages.get("auth.cancelled"));
                return;
            }
            // A lesson on a host asked for the login once; the password is asked every time, hidden.
            String user = session.loginName().orElseGet(() -> prompter.ask(Messages.get("auth.ask-user")));
            String password = prompter.askSecret(Messages.get("auth.ask-password"));
            boolean showSecrets = link.get().isSimulator();
            try {
                synchronized (session.lock()) {
                    Conversation conversation = link.get().conversation();
                    if (mechanism.equals("PLAIN")) {
                        String response = SaslCodec.plain(user, password);
                        out.hint(Messages.get("auth.plain-explained", Map.of("user", user,
                                "base64", showSecrets ? response : "********")));
                        session.show(conversation.send("AUTH PLAIN " + response), true);
                    } else {
                        out.hint(Messages.get("auth.login-explained"));
                        session.show(conversation.send("AUTH LOGIN"), true);
                        if (conversation.state().awaitingAuthResponse()) {
                            out.hint(Messages.get("auth.login-user", Map.of("user", user, "base64", SaslCodec.base64(user))));
                            session.show(conversation.send(SaslCodec.base64(user)), true);
                        }
                        if (conversation.state().awaitingAuthResponse()) {
                            out.hint(Messages.get("auth.login-password", "base64",
                                    showSecrets ? SaslCodec.base64(password) : "********"));
                            session.show(conversation.send(SaslCodec.base64(password)), true);
                        }
                    }
                }
            } catch (ConnectionException e) {
                session.showProblem(e);
            }
        }

        private static boolean ready(StateTracker.Snapshot state, String mechanism, ShellOutput out) {
            if (state.authenticated()) {
                out.warn(Messages.get("auth.already"));
                return false;
            }
            if (state.state() != SmtpState.GREETED) {
                out.warn(Messages.get("auth.not-now"));
                return false;
            }
            List<String> offered = state.capabilities().map(c -> c.authMechanisms()).orElse(List.of());
            if (offered.isEmpty()) {
                out.warn(Messages.get(state.tls() ? "auth.not-offered" : "auth.not-offered-before-tls"));
                return false;
            }
            if (!offered.contains(mechanism)) {
                out.warn(Messages.get("auth.mechanism-not-offered", Map.of("mechanism", mechanism,
                        "offered", String.join(" ", offered))));
                return false;
            }
            return true;
        }
    }

    /** /tls: STARTTLS, then what the handshake established. */
    static final class Tls implements SlashCommand {
        private final SmtpLineHandler smtp;

        Tls(SmtpLineHandler smtp) {
            this.smtp = smtp;
        }

        @Override
        public String name() {
            return "tls";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return List.of("insecure");
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            if (arguments.strip().equals("insecure")) {
                insecure(session);
            } else if (arguments.isBlank()) {
                smtp.send("STARTTLS");
            } else {
                session.out().warn(Messages.get("tls.usage"));
            }
        }

        /**
         * Accept the certificate this host presents, whatever is wrong with it, with a loud warning:
         * reconnect trusting anything, and redo EHLO and STARTTLS to get back where the learner was.
         */
        private void insecure(ShellSession session) {
            Optional<Link> link = session.link();
            if (link.isEmpty() || link.get().isSimulator()) {
                session.out().info(Messages.get("tls.insecure-simulator"));
                return;
            }
            session.hostSettings(session.hostSettings().insecurely());
            session.out().warn(Messages.get("connect.insecure"));
            dev.smtptutor.client.ConnectionOptions old = link.get().options();
            session.connectHost(dev.smtptutor.client.ConnectionOptions.builder(old.host(), old.port())
                    .mode(old.mode()).connectTimeout(old.connectTimeout()).replyTimeout(old.replyTimeout())
                    .trust(session.hostSettings().trust()).build());
            if (old.mode() != dev.smtptutor.client.TlsMode.IMPLICIT && session.link().filter(Link::isOpen).isPresent()) {
                smtp.send("EHLO " + Messages.get("tls.insecure-ehlo-name"));
                if (session.link().get().conversation().state().tls()) {
                    return; // --starttls upgraded already
                }
                smtp.send("STARTTLS");
            }
        }
    }
}
