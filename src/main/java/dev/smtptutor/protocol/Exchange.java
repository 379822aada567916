package dev.smtptutor.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One step of an SMTP session, recorded once by whichever side saw the bytes (the client's
 * conversation, or the simulator's session): what was sent (secrets already masked) and what it
 * parsed as, what the server answered, the state around it, and the TLS and AUTH facts at that
 * moment. Everything downstream (state views, explanations, lesson and exercise judges, code
 * generation, transcripts) reads this record instead of re-parsing the lines.
 *
 * @param kind    what sort of step this was
 * @param sent    the lines sent, for display: AUTH credentials are replaced by {@value #MASK}; empty for
 *                a greeting or an unsolicited reply
 * @param command the command the line parsed as (from the masked line, so it holds no secret); empty
 *                for other kinds and for a line that is no well-formed command
 * @param reply   the server's reply; empty for a line of message text (answered only after the final
 *                dot) and when the reply never came (see {@code failure})
 * @param before  the session state before the step
 * @param after   the session state after it
 * @param tls     true when the step travelled encrypted (the STARTTLS command itself did not)
 * @param auth    what is known of authentication after the step
 * @param at      when the step completed
 * @param failure what went wrong when it could not complete
 */
public record Exchange(Kind kind, List<String> sent, Optional<Command> command, Optional<Reply> reply,
                       SmtpState before, SmtpState after, boolean tls, Auth auth, Instant at,
                       Optional<Failure> failure) {

    /** What stands in a transcript for credentials. */
    public static final String MASK = "********";

    public enum Kind {
        /** The server's opening reply. */
        GREETING,
        /** A command line. */
        COMMAND,
        /** A line answering a 334 challenge during AUTH (RFC 4954 §4); always masked. */
        AUTH_RESPONSE,
        /** One line of message text inside DATA; only the final dot gets a reply. */
        MESSAGE_TEXT,
        /** A whole message sent at once after 354, dot-stuffed and ended by the dot. */
        MESSAGE,
        /** A reply the client did not ask for, e.g. 421 when the server times out. */
        UNSOLICITED
    }

    /**
     * Authentication as known after a step (RFC 4954).
     *
     * @param authenticated true once a 235 has been seen in this TLS epoch
     * @param mechanism     the SASL mechanism of the AUTH exchange under way or last tried (the one
     *                      that succeeded when {@code authenticated}), upper case
     * @param identity      the authenticated user, where the recording side knows it (the server does)
     */
    public record Auth(boolean authenticated, Optional<String> mechanism, Optional<String> identity) {
        public static final Auth NONE = new Auth(false, Optional.empty(), Optional.empty());
    }

    /** Why a step could not complete; the client's {@code Problem} kinds implement it. */
    public interface Failure {
        /** A stable name, e.g. {@code REPLY_TIMEOUT}. */
        String name();
    }

    public Exchange {
        sent = List.copyOf(sent);
    }

    /**
     * A step whose command is parsed from its (masked) first line, with the AUTH facts that command
     * alone shows: for tests and for records made from a line and a reply only.
     */
    public Exchange(Kind kind, List<String> sent, Optional<Reply> reply, SmtpState before, SmtpState after,
                    boolean tls, Instant at, Optional<? extends Failure> failure) {
        this(kind, sent, commandOf(kind, sent), reply, before, after, tls, authOf(commandOf(kind, sent), reply), at,
                failure.map(Failure.class::cast));
    }

    private static Optional<Command> commandOf(Kind kind, List<String> sent) {
        return kind == Kind.COMMAND && !sent.isEmpty() ? parsed(sent.get(0)) : Optional.empty();
    }

    private static Auth authOf(Optional<Command> command, Optional<Reply> reply) {
        return command.filter(c -> c.verb() == Verb.AUTH)
                .map(c -> new Auth(reply.map(r -> r.code() == 235).orElse(false),
                        Optional.of(StateTracker.mechanismOf(c)), Optional.<String>empty()))
                .orElse(Auth.NONE);
    }

    /** The command a line parses as; empty for unknown verbs and malformed lines. */
    public static Optional<Command> parsed(String line) {
        return CommandParser.parse(line) instanceof ParseResult.Parsed p ? Optional.of(p.command()) : Optional.empty();
    }

    /** The reply's code, or 0 when there was none. */
    public int code() {
        return reply.isPresent() ? reply.get().code() : 0;
    }

    /** The first line sent, or "" for a greeting or an unsolicited reply. */
    public String sentLine() {
        return sent.isEmpty() ? "" : sent.get(0);
    }

    /** The verb of the parsed command, if any. */
    public Optional<Verb> verb() {
        return command.isPresent() ? Optional.of(command.get().verb()) : Optional.empty();
    }

    /** True when a reply came and it was positive (2xx or 3xx). */
    public boolean positive() {
        return reply.isPresent() && reply.get().isPositive();
    }

    /** The same step shown with other lines (e.g. a long message abbreviated); the facts stay. */
    public Exchange withSent(List<String> shown) {
        return new Exchange(kind, shown, command, reply, before, after, tls, auth, at, failure);
    }
}
