package dev.smtptutor.sim;

import dev.smtptutor.protocol.Reply;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The end of a message, after DATA's final dot or BDAT LAST: the scenario's MESSAGE rules have their
 * say, then the message is stored, and any delivery status notifications it calls for (RFC 3461 §5)
 * are stored in the sender's mailbox.
 */
final class Delivery {

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    private Delivery() {}

    /**
     * @param accepted the positive reply for the queue ID: DATA and BDAT word it differently
     */
    static List<SessionAction> complete(SessionState session, byte[] content, Function<String, Reply> accepted) {
        RuleLayer.Verdict verdict = session.rules.atMessageEnd(session);
        if (verdict instanceof RuleLayer.Answer answer) {
            session.resetTransaction();
            return answer.actions();
        }
        Envelope envelope = session.transaction.envelope();
        session.resetTransaction();
        Instant now = session.clock.instant();
        String id = session.store.nextId();
        StoredMessage message = new StoredMessage(id, envelope, content, now, session.heloName, session.tls,
                session.authenticatedUser);
        List<StoredMessage> notices = DeliveryReport.noticesFor(envelope, content, now, session.config.hostName(),
                session.store::nextId);
        List<SessionAction> actions = new ArrayList<>(((RuleLayer.Proceed) verdict).before());
        Optional<String> note;
        try {
            // The sink returns once the message is durable: only then may the 250 go out.
            note = session.sink.deliver(session.id, message, MailStore.mailboxesOf(message));
            for (StoredMessage notice : notices) {
                session.sink.deliver(notice, MailStore.mailboxesOf(notice));
            }
        } catch (IOException e) {
            actions.add(SessionAction.send(Replies.QUEUE_WRITE_ERROR));
            return actions;
        }
        if (!session.sink.keepsTheMail()) {
            session.store.add(message);
            notices.forEach(session.store::add);
        }
        actions.add(SessionAction.send(withNote(accepted.apply(id), note)));
        return actions;
    }

    /** The 250 with the sink's note after a "; ", kept on one line and free of control characters. */
    static Reply withNote(Reply reply, Optional<String> note) {
        if (note.isEmpty() || note.get().isBlank()) {
            return reply;
        }
        String clean = CONTROL.matcher(note.get()).replaceAll(" ").strip();
        List<String> lines = new ArrayList<>(reply.lines());
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + "; " + clean);
        return new Reply(reply.code(), lines);
    }
}
