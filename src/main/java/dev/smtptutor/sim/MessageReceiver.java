package dev.smtptutor.sim;

import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;

/**
 * The message text after 354, line by line, up to the line holding a single period
 * (RFC 5321 §4.1.1.4). Only CRLF ends a line: a bare LF or bare CR is refused and the connection
 * closed (with 521: stricter than Postfix, whose {@code smtpd_forbid_bare_newline = reject} says 550
 * and whose 3.9 default only normalises bare LF; our teaching choice), because servers that
 * disagree about where a message ends can be made to accept smuggled messages (SMTP smuggling).
 * The {@code lenient} scenario accepts them, to show that attack.
 */
final class MessageReceiver implements Continuation {

    // RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets including CRLF.
    static final int MAX_TEXT_LINE = 998;
    private static final int READ_CAP = 16 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final long sizeLimit;
    private final MessageBuffer content;
    private long size;
    private boolean lineTooLong;

    MessageReceiver(long sizeLimit, MailStore store) {
        this.sizeLimit = sizeLimit;
        this.content = new MessageBuffer(store);
    }

    @Override
    public List<SessionAction> accept(InputLine line, SessionState session) {
        boolean bare = line.ending() == InputLine.Ending.BARE_LF || line.hasBareCr();
        if (bare && session.config.bareNewlines() == BareNewlinePolicy.REJECT) {
            String what = line.ending() == InputLine.Ending.BARE_LF ? "<LF>" : "<CR>";
            session.resetTransaction();
            session.state = SmtpState.CLOSED;
            return List.of(new SessionAction.Send(Replies.bareNewline(session.config.hostName(), what)),
                    new SessionAction.Close());
        }
        byte[] bytes = line.bytes();
        if (bytes.length == 1 && bytes[0] == '.' && line.length() == 1) {
            return finish(session);
        }
        if (line.length() > MAX_TEXT_LINE) {
            lineTooLong = true;
        }
        int skip = bytes.length > 0 && bytes[0] == '.' ? 1 : 0; // RFC 5321 §4.5.2 transparency
        size += line.length() - skip + 2L;
        if (size <= sizeLimit && !lineTooLong) {
            content.write(bytes, skip, bytes.length - skip);
            content.write(CRLF, 0, 2);
        } else {
            content.discard(); // refused at the end anyway: keep nothing meanwhile
        }
        return List.of();
    }

    private List<SessionAction> finish(SessionState session) {
        if (lineTooLong || size > sizeLimit || content.refusedForStorage()) {
            content.discard();
            session.resetTransaction();
            session.state = SmtpState.GREETED;
            return CommandHandler.reply(lineTooLong ? Replies.MESSAGE_LINE_TOO_LONG
                    : size > sizeLimit ? Replies.MESSAGE_TOO_BIG : Replies.INSUFFICIENT_STORAGE);
        }
        return Delivery.complete(session, content.take(), Replies::queued);
    }

    /** The session ended or reset before the final dot: the store gets its room back. */
    void discard() {
        content.discard();
    }

    @Override
    public int maxLineLength() {
        return READ_CAP;
    }
}
