package dev.smtptutor.client;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One step of a conversation, as a transcript shows it: what the client sent (secrets already
 * masked), what the server answered, and the state around it.
 *
 * @param kind    what sort of step this was
 * @param sent    the lines sent, for display: AUTH credentials are replaced by {@value #MASK}; empty for
 *                a greeting or an unsolicited reply
 * @param reply   the server's reply; empty for a line of message text (answered only after the final
 *                dot) and when the reply never came (see {@code failure})
 * @param before  the session state before the step
 * @param after   the session state after it
 * @param tls     true when the step travelled encrypted (the STARTTLS command itself did not)
 * @param at      when the step completed
 * @param failure what went wrong when it could not complete
 */
public record Exchange(Kind kind, List<String> sent, Optional<Reply> reply, SmtpState before, SmtpState after,
                       boolean tls, Instant at, Optional<Problem> failure) {

    /** What stands in a transcript for credentials. */
    public static final String MASK = "********";

    public enum Kind {
        /** The server's opening reply. */
        GREETING,
        /** A command line. */
        COMMAND,
        /** A line answering a 334 challenge during AUTH (RFC 4954 §4); always masked. */
        AUTH_RESPONSE,
        /** One line typed inside DATA; only the final dot gets a reply. */
        MESSAGE_TEXT,
        /** A whole message sent at once after 354, dot-stuffed and ended by the dot. */
        MESSAGE,
        /** A reply the client did not ask for, e.g. 421 when the server times out. */
        UNSOLICITED
    }

    public Exchange {
        sent = List.copyOf(sent);
    }

    /** The reply's code, or 0 when there was none. */
    public int code() {
        return reply.map(Reply::code).orElse(0);
    }
}
