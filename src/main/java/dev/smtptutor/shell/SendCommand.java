package dev.smtptutor.shell;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.client.TlsMode;
import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.ComposedMessage;
import dev.smtptutor.mail.Credentials;
import dev.smtptutor.mail.Draft;
import dev.smtptutor.mail.MailAddress;
import dev.smtptutor.mail.MessageComposer;
import dev.smtptutor.mail.SendOutcome;
import dev.smtptutor.mail.SendRequest;
import dev.smtptutor.mail.SessionRecipes;
import dev.smtptutor.mail.TlsUse;
import dev.smtptutor.mail.TracedSender;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * /send: the message from /compose (or, on the simulator, a quick one) sent by Jakarta Mail's SMTP
 * transport to the shell's current server, in a connection of its own. Its protocol trace is then
 * replayed as if the learner had typed it, every reply explained, credentials masked.
 */
final class SendCommand implements SlashCommand {

    private final Supplier<Optional<ComposedMessage>> composed;

    SendCommand(Supplier<Optional<ComposedMessage>> composed) {
        this.composed = composed;
    }

    @Override
    public String name() {
        return "send";
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        ShellOutput out = session.out();
        Optional<Link> current = session.linkOrExplain();
        if (current.isEmpty()) {
            return;
        }
        Link link = current.get();
        Optional<ComposedMessage> message = composed.get().or(() -> link.isSimulator() ? quickMessage() : Optional.empty());
        if (message.isEmpty()) {
            out.warn(Messages.get("send.compose-first"));
            return;
        }
        Login login = login(link, prompter, out);
        if (login instanceof Login.Cancelled) {
            return;
        }
        Optional<Credentials> credentials = login instanceof Login.As as ? Optional.of(as.credentials()) : Optional.empty();
        SendRequest request = new SendRequest(link.options(), tls(link, credentials.isPresent()), credentials,
                SessionRecipes.from(link.conversation().exchanges(), link.options(), link.isSimulator()).ehloName(),
                message.get());
        out.info(Messages.get("send.starting", "target", link.describe()));
        SendOutcome outcome = TracedSender.send(request);
        for (Exchange exchange : outcome.trace()) {
            session.show(SendEcho.abbreviated(exchange), true);
        }
        if (outcome.delivered()) {
            out.info(Messages.get("send.delivered"));
        } else {
            out.warn(Messages.get("send.failed", "why", outcome.failure().orElse("")));
        }
        out.hint(Messages.get("send.next"));
    }

    /** Whether Jakarta Mail logs in, and as whom. */
    private sealed interface Login permits Login.Anonymous, Login.As, Login.Cancelled {
        record Anonymous() implements Login {}

        record As(Credentials credentials) implements Login {}

        /** The learner would not send a password over a plaintext connection. */
        record Cancelled() implements Login {}
    }

    private static Login login(Link link, Prompter prompter, ShellOutput out) {
        String user = prompter.ask(Messages.get("send.ask-user"));
        if (user.isEmpty()) {
            return new Login.Anonymous();
        }
        if (tls(link, true) == TlsUse.NONE && !prompter.confirm(Messages.get("auth.plaintext-risk"))) {
            out.info(Messages.get("auth.cancelled"));
            return new Login.Cancelled();
        }
        return new Login.As(new Credentials(user, prompter.askSecret(Messages.get("auth.ask-password"))));
    }

    /**
     * TLS as the learner's connection is configured: implicit TLS stays implicit; STARTTLS when the
     * connection was meant for it or the learner used it. The simulator offers STARTTLS and AUTH only
     * inside it, so there Jakarta Mail uses it whenever it is offered, and insists on it before AUTH.
     */
    static TlsUse tls(Link link, boolean auth) {
        if (link.options().mode() == TlsMode.IMPLICIT) {
            return TlsUse.IMPLICIT;
        }
        if (link.isSimulator()) {
            return auth ? TlsUse.REQUIRED : TlsUse.WHEN_OFFERED;
        }
        boolean startTls = link.options().mode() == TlsMode.STARTTLS || link.conversation().state().tls()
                || link.conversation().exchanges().stream().anyMatch(e -> e.code() == 220
                        && e.sent().stream().anyMatch(line -> line.strip().equalsIgnoreCase("STARTTLS")));
        return startTls ? TlsUse.REQUIRED : TlsUse.NONE;
    }

    /** alice writes to bob on the simulator: enough to watch a whole session go by. */
    private static Optional<ComposedMessage> quickMessage() {
        Draft draft = new Draft(MailAddress.of("alice@example.test"), List.of(MailAddress.of("bob@example.test")),
                List.of(), Messages.get("send.quick-subject"), Messages.get("send.quick-body"), Optional.empty());
        Checked<ComposedMessage> message = new MessageComposer().compose(draft);
        return message instanceof Checked.Ok<ComposedMessage> ok ? Optional.of(ok.value()) : Optional.empty();
    }
}
