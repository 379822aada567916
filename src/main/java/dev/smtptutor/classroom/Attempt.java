package dev.smtptutor.classroom;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One message a student got accepted, in its context: the session up to that message (its exchanges
 * and events, in order), the message's bytes as stored, and everything the student did before that
 * session (for criteria such as "retried after a 451").
 *
 * @param student  the student's id
 * @param domain   the class's mail domain
 * @param session  the session's entries up to and including the message's final reply
 * @param earlier  the student's entries of earlier sessions, in time order
 * @param content  the message exactly as stored
 */
public record Attempt(String student, String domain, List<Entry> session, List<Entry> earlier, byte[] content) {

    String ownAddress() {
        return student + "@" + domain;
    }

    /** The final reply that accepted the message: the last entry. */
    Entry accepted() {
        return session.get(session.size() - 1);
    }

    /** The MAIL command (with its 250) that began this message's transaction. */
    Optional<Entry> mail() {
        for (int i = session.size() - 1; i >= 0; i--) {
            Entry entry = session.get(i);
            if (entry.command().map(Command::verb).orElse(null) == Verb.MAIL && entry.replyCode() == 250) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The transaction's commands after MAIL: RCPTs, DATA or BDATs, the final reply. */
    List<Entry> transaction() {
        int start = mail().map(session::indexOf).orElse(0);
        return session.subList(start, session.size());
    }

    List<Entry> accepted(Verb verb) {
        List<Entry> out = new ArrayList<>();
        for (Entry entry : transaction()) {
            if (entry.command().map(Command::verb).orElse(null) == verb && entry.replyCode() / 100 == 2) {
                out.add(entry);
            }
        }
        return out;
    }
}
