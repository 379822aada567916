package dev.smtptutor.shell;

import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.ComposeInput;
import dev.smtptutor.mail.ComposedMessage;
import dev.smtptutor.mail.Draft;
import dev.smtptutor.mail.MailAddress;
import dev.smtptutor.mail.MessageComposer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * /compose: a few questions, and Jakarta Mail builds a proper RFC 5322 message from the answers. The
 * message is shown with every header and MIME part explained, kept for /send, and can go out through
 * the learner's own session (MAIL FROM, RCPT TO, DATA, the text dot-stuffed).
 */
final class ComposeCommand implements SlashCommand {

    // A learner who gets one field wrong three times is better served by starting again.
    private static final int TRIES = 3;

    // Made on the first /compose: Jakarta Mail's classes and the time zone database are not for the start.
    private MessageComposer composer;
    private Optional<ComposedMessage> last = Optional.empty();

    @Override
    public String name() {
        return "compose";
    }

    /** The message composed last, for /send. */
    Optional<ComposedMessage> last() {
        return last;
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        ShellOutput out = session.out();
        boolean simulator = session.link().map(Link::isSimulator).orElse(true);
        out.info(Messages.get("compose.intro"));
        Optional<MailAddress> from = ask(session, prompter, "compose.ask-from", simulator ? "alice@example.test" : "",
                typed -> ComposeInput.sender("From", typed));
        Optional<List<MailAddress>> to = from.isEmpty() ? Optional.empty()
                : ask(session, prompter, "compose.ask-to", simulator ? "bob@example.test" : "",
                        typed -> ComposeInput.addresses("To", typed, true));
        Optional<List<MailAddress>> cc = to.isEmpty() ? Optional.empty()
                : ask(session, prompter, "compose.ask-cc", "", typed -> ComposeInput.addresses("Cc", typed, false));
        if (cc.isEmpty()) {
            out.warn(Messages.get("compose.cancelled"));
            return;
        }
        String subject = prompter.ask(Messages.get("compose.ask-subject"));
        String body = body(session, prompter);
        Optional<Optional<Path>> attachment = ask(session, prompter, "compose.ask-attachment", "",
                ComposeInput::attachment);
        if (attachment.isEmpty()) {
            out.warn(Messages.get("compose.cancelled"));
            return;
        }
        Draft draft = new Draft(from.get(), to.get(), cc.get(), subject, body, attachment.get());
        if (composer == null) {
            composer = new MessageComposer();
        }
        Checked<ComposedMessage> composed = composer.compose(draft);
        if (composed instanceof Checked.Bad<ComposedMessage> bad) {
            out.error(bad.problem());
            return;
        }
        ComposedMessage message = ((Checked.Ok<ComposedMessage>) composed).value();
        last = Optional.of(message);
        message.recipients().forEach(session::rememberAddress);
        session.rememberAddress(message.envelopeFrom());
        ComposeView.show(out, message);
        ComposeDelivery.offer(session, prompter, message);
    }

    /**
     * Asks one question until the answer passes its check; each problem is shown before asking again.
     * An empty answer takes the default shown in brackets.
     */
    private static <T> Optional<T> ask(ShellSession session, Prompter prompter, String question, String byDefault,
                                       Function<String, Checked<T>> check) {
        String prompt = byDefault.isEmpty() ? Messages.get(question)
                : Messages.get(question + ".default", "default", byDefault);
        for (int i = 0; i < TRIES; i++) {
            String typed = prompter.ask(prompt);
            Checked<T> checked = check.apply(typed.isBlank() ? byDefault : typed);
            if (checked instanceof Checked.Ok<T> ok) {
                return Optional.of(ok.value());
            }
            session.out().warn(((Checked.Bad<T>) checked).problem());
        }
        return Optional.empty();
    }

    /** The body, line by line until a lone ".", as in DATA (the shell's questions trim each line). */
    private static String body(ShellSession session, Prompter prompter) {
        session.out().info(Messages.get("compose.body-intro"));
        List<String> lines = new ArrayList<>();
        for (String line = prompter.askLine(Messages.get("compose.ask-body")); !line.equals(".");
             line = prompter.askLine(Messages.get("compose.ask-body"))) {
            lines.add(line);
        }
        return String.join("\n", lines);
    }
}
