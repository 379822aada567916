package dev.smtptutor.shell;

import dev.smtptutor.sim.StoredMessage;
import java.util.List;
import java.util.Map;

/** /mailbox [N]: what the built-in simulator accepted, and one message in detail. */
final class MailboxCommand implements SlashCommand {

    @Override
    public String name() {
        return "mailbox";
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        ShellOutput out = session.out();
        List<StoredMessage> messages = session.store().messages();
        if (messages.isEmpty()) {
            out.info(Messages.get(session.link().map(Link::isSimulator).orElse(true)
                    ? "mailbox.empty" : "mailbox.real-host"));
            return;
        }
        if (arguments.isBlank()) {
            for (int i = 0; i < messages.size(); i++) {
                StoredMessage m = messages.get(i);
                out.line(String.format("  %2d  ", i + 1) + Messages.get("mailbox.entry", java.util.Map.of("id", m.id(),
                        "from", m.envelope().sender(), "to", m.envelope().recipientPaths(),
                        "subject", MessageView.subject(m), "size", m.size())));
            }
            out.hint(Messages.get("mailbox.more"));
            return;
        }
        int number;
        try {
            number = Integer.parseInt(arguments.strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > messages.size()) {
            out.warn(Messages.get("mailbox.no-such", Map.of("typed", arguments.strip(), "count", messages.size())));
            return;
        }
        MessageView.show(out, messages.get(number - 1));
    }
}
