package dev.smtptutor.sim;

import dev.smtptutor.protocol.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The end of a message, after DATA's final dot or BDAT LAST: the scenario's MESSAGE rules have their
 * say, then the message is stored, and any delivery status notifications it calls for (RFC 3461 §5)
 * are stored in the sender's mailbox.
 */
final class Delivery {

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
        Optional<String> note;
        try {
            note = session.hooks.accepted(session.id, message);
        } catch (IOException e) {
            return List.of(SessionAction.send(Replies.WRITE_ERROR));
        }
        session.store.add(message);
        for (StoredMessage notice : DeliveryReport.noticesFor(envelope, content, now, session.config.hostName(),
                session.store::nextId)) {
            session.store.add(notice);
        }
        List<SessionAction> actions = new ArrayList<>(((RuleLayer.Proceed) verdict).before());
        Reply reply = accepted.apply(id);
        actions.add(SessionAction.send(note.map(words -> withWords(reply, words)).orElse(reply)));
        return actions;
    }

    /** The reply with the hooks' words after its text, on its last line. */
    private static Reply withWords(Reply reply, String words) {
        List<String> lines = new ArrayList<>(reply.lines());
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "; " + words);
        return new Reply(reply.code(), lines);
    }
}
