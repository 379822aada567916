package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.mail.ComposedMessage;
import dev.smtptutor.protocol.SmtpState;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a composed message through the learner's own session, picking up where the session stands:
 * after EHLO it sends MAIL FROM, RCPT TO and DATA; after MAIL FROM only the recipients and DATA; after
 * RCPT TO only DATA. Each line is shown and explained as if typed, and the text goes through
 * {@link Conversation#sendMessage}, which dot-stuffs it (RFC 5321 §4.5.2).
 */
final class ComposeDelivery {

    private ComposeDelivery() {}

    /** Offers to send when the session is at a point where a message can start or continue. */
    static void offer(ShellSession session, Prompter prompter, ComposedMessage message) {
        ShellOutput out = session.out();
        Optional<Link> link = session.link().filter(Link::isOpen);
        SmtpState state = link.map(l -> l.conversation().state().state()).orElse(SmtpState.CLOSED);
        String question = switch (state) {
            case GREETED -> "compose.offer.transaction";
            case MAIL -> "compose.offer.recipients";
            case RCPT -> "compose.offer.data";
            case DATA -> session.draft().map(MessageDraft::size).orElse(0) == 0
                    ? "compose.offer.paste" : "compose.offer.replace";
            default -> "";
        };
        if (question.isEmpty()) {
            out.hint(Messages.get(state == SmtpState.CONNECTED ? "compose.later.ehlo" : "compose.later"));
            return;
        }
        if (!prompter.confirm(Messages.get(question))) {
            out.hint(Messages.get("compose.later"));
            return;
        }
        try {
            synchronized (session.lock()) {
                send(session, link.get().conversation(), message, state);
            }
        } catch (ConnectionException e) {
            session.showProblem(e);
        }
    }

    private static void send(ShellSession session, Conversation conversation, ComposedMessage message,
                             SmtpState state) throws ConnectionException {
        ShellOutput out = session.out();
        if (state == SmtpState.DATA) {
            // At the data> prompt: the composed text is the message; what was typed so far is dropped.
            session.finishDraft();
            out.info(Messages.get("compose.pasting", Map.of("lines", message.lines().size())));
            session.show(SendEcho.abbreviated(conversation.sendMessage(message.lines())), true);
            return;
        }
        if (state == SmtpState.GREETED && !step(session, conversation, "MAIL FROM:<" + message.envelopeFrom() + ">")) {
            out.hint(Messages.get("compose.stopped"));
            return;
        }
        if (state != SmtpState.RCPT) {
            int accepted = 0;
            for (String recipient : message.recipients()) {
                accepted += step(session, conversation, "RCPT TO:<" + recipient + ">") ? 1 : 0;
            }
            if (accepted == 0) {
                out.hint(Messages.get("compose.no-recipient"));
                return;
            }
        }
        Exchange data = conversation.send("DATA");
        session.show(data, true);
        if (data.code() != 354) {
            out.hint(Messages.get("compose.stopped"));
            return;
        }
        out.info(Messages.get("compose.pasting", Map.of("lines", message.lines().size())));
        session.show(SendEcho.abbreviated(conversation.sendMessage(message.lines())), true);
    }

    /** Sends one command as if typed; true when the server accepted it. */
    private static boolean step(ShellSession session, Conversation conversation, String line)
            throws ConnectionException {
        Exchange exchange = conversation.send(line);
        session.show(exchange, true);
        return exchange.code() >= 200 && exchange.code() < 300;
    }
}
