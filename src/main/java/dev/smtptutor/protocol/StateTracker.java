package dev.smtptutor.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Follows an SMTP session from the client's side, for any server: it sees only what was sent and
 * what came back, and moves on when the server said yes. A negative reply never advances the state,
 * because the server, not the client, decides what happened. No I/O: a client feeds it.
 *
 * <p>TLS, authentication and EHLO-versus-HELO are tracked beside the {@link SmtpState}, as in
 * RFC 5321 §3.3 they are orthogonal to the mail transaction.
 */
public final class StateTracker {

    // RFC 5321 §4.1.4: these may be used at any time, even before EHLO/HELO.
    private static final Set<Verb> ANY_TIME = EnumSet.of(Verb.EHLO, Verb.HELO, Verb.NOOP, Verb.HELP,
            Verb.VRFY, Verb.EXPN, Verb.RSET, Verb.QUIT);

    private SmtpState state = SmtpState.CONNECTED;
    private boolean tls;
    private boolean authenticated;
    private boolean extended;
    private Optional<EhloResponse> capabilities = Optional.empty();
    private boolean awaitingAuthResponse;
    private boolean awaitingTlsHandshake;
    private boolean greetingRefused;
    private Optional<String> authMechanism = Optional.empty();

    /** What can be shown about the session at one moment: everything a {@code /state} view needs. */
    public record Snapshot(SmtpState state, boolean tls, boolean authenticated, boolean extended,
                           Optional<EhloResponse> capabilities, Set<Verb> allowedNext,
                           boolean awaitingAuthResponse, boolean awaitingTlsHandshake) {
        public Snapshot {
            allowedNext = inEnumOrder(allowedNext);
        }
    }

    /** The server's opening reply (RFC 5321 §3.1). */
    public void greeting(Reply reply) {
        if (reply.code() == 421) {
            close();
        } else if (reply.code() == 554) {
            // RFC 5321 §3.1: a 554 greeting refuses service; the server answers only QUIT now.
            greetingRefused = true;
        }
    }

    /**
     * False for a line of message text inside DATA: those are answered only together, after the
     * final dot (RFC 5321 §4.1.1.4). Every other line gets a reply.
     */
    public boolean expectsReply(String line) {
        return state != SmtpState.DATA || DotStuffing.isEndOfData(line);
    }

    /** A line was sent and this reply came back for it; the line is parsed here (tests, traces). */
    public void replied(String line, Reply reply) {
        replied(Exchange.parsed(line), reply);
    }

    /**
     * A line was sent and this reply came back for it. {@code command} is what the line parsed as,
     * once, by whoever records the exchange; empty for message text, a SASL response, or a line that
     * is no command.
     */
    public void replied(Optional<Command> command, Reply reply) {
        if (reply.code() == 421 || reply.code() == 221) {
            // RFC 5321 §3.8 and §4.1.1.10: the server is closing the channel.
            close();
            return;
        }
        if (awaitingAuthResponse) {
            authStep(reply);
            return;
        }
        if (state == SmtpState.DATA) {
            // RFC 5321 §4.1.1.4: the reply to the final dot ends the transaction, success or not.
            state = SmtpState.GREETED;
            return;
        }
        if (!reply.isPositive()) {
            return;
        }
        command.ifPresent(c -> accepted(c, reply));
    }

    /** A reply arrived that answers nothing the client sent (e.g. 421 on the server's idle timeout). */
    public void unsolicited(Reply reply) {
        if (reply.code() == 421 || reply.code() == 221) {
            close();
        }
    }

    /**
     * The TLS handshake succeeded (after a 220 to STARTTLS, or at once on an implicit-TLS port).
     * RFC 3207 §4.2: both sides forget what they learnt before; the client must send EHLO again.
     */
    public void tlsStarted() {
        tls = true;
        state = SmtpState.CONNECTED;
        extended = false;
        authenticated = false;
        authMechanism = Optional.empty();
        capabilities = Optional.empty();
        awaitingAuthResponse = false;
        awaitingTlsHandshake = false;
    }

    /** The connection ended, whoever ended it. */
    public void close() {
        state = SmtpState.CLOSED;
        awaitingAuthResponse = false;
        awaitingTlsHandshake = false;
    }

    private void accepted(Command command, Reply reply) {
        int code = reply.code();
        switch (command.verb()) {
            case EHLO -> {
                if (code == 250) {
                    greeted(true, EhloResponse.of(reply));
                }
            }
            case HELO -> {
                if (code == 250) {
                    greeted(false, Optional.empty());
                }
            }
            case MAIL -> {
                if (code == 250) {
                    state = SmtpState.MAIL;
                }
            }
            case RCPT -> {
                // 250 and 251 (RFC 5321 §3.4) both add the recipient.
                if (reply.replyClass() == ReplyClass.POSITIVE_COMPLETION) {
                    state = SmtpState.RCPT;
                }
            }
            case DATA -> {
                if (code == 354) {
                    state = SmtpState.DATA;
                }
            }
            case BDAT -> {
                // RFC 3030 §2: the chunk marked LAST completes the message.
                if (code == 250 && command.argument().toUpperCase(Locale.ROOT).endsWith(" LAST")) {
                    state = SmtpState.GREETED;
                }
            }
            case RSET -> {
                // RFC 5321 §4.1.1.5: RSET aborts the transaction but keeps the greeting.
                if (state == SmtpState.MAIL || state == SmtpState.RCPT) {
                    state = SmtpState.GREETED;
                }
            }
            case STARTTLS -> {
                if (code == 220) {
                    awaitingTlsHandshake = true;
                }
            }
            case AUTH -> {
                authMechanism = Optional.of(mechanismOf(command));
                authStep(reply);
            }
            default -> {
                // NOOP, HELP, VRFY, EXPN, QUIT's non-221 replies: no change.
            }
        }
    }

    /** RFC 5321 §4.1.4: an accepted EHLO/HELO also aborts any open transaction. */
    private void greeted(boolean ehlo, Optional<EhloResponse> response) {
        state = SmtpState.GREETED;
        extended = ehlo;
        capabilities = response;
    }

    /** RFC 4954 §4: 334 asks for another response line, 235 means success, anything else ends it. */
    private void authStep(Reply reply) {
        awaitingAuthResponse = reply.code() == 334;
        if (reply.code() == 235) {
            authenticated = true;
        }
    }

    /** The SASL mechanism an AUTH command names, upper case (RFC 4954 §4: case-insensitive). */
    public static String mechanismOf(Command auth) {
        return auth.argument().strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    }

    public SmtpState state() {
        return state;
    }

    public boolean tls() {
        return tls;
    }

    public boolean authenticated() {
        return authenticated;
    }

    /**
     * The mechanism of the AUTH exchange under way or last tried (see {@link #authenticated()} for
     * whether it succeeded); empty before any AUTH and after the TLS handshake.
     */
    public Optional<String> authMechanism() {
        return authMechanism;
    }

    /** What is known of authentication now, for the exchange record (the client never knows the user). */
    public Exchange.Auth auth() {
        return new Exchange.Auth(authenticated, authMechanism, Optional.empty());
    }

    /** True after EHLO (Extended SMTP), false after HELO or before any greeting. */
    public boolean extended() {
        return extended;
    }

    /** The server's last positive EHLO reply, forgotten after HELO and after the TLS handshake. */
    public Optional<EhloResponse> capabilities() {
        return capabilities;
    }

    /** True after a 334: the next line is a SASL response (base64 or "*"), not a command. */
    public boolean awaitingAuthResponse() {
        return awaitingAuthResponse;
    }

    /** True after a 220 to STARTTLS until the handshake is done: nothing may be sent in plaintext. */
    public boolean awaitingTlsHandshake() {
        return awaitingTlsHandshake;
    }

    /**
     * The commands that make sense next, in the order of {@link Verb}. Empty while message text, a SASL response or a TLS
     * handshake is due, and once the session is closed.
     */
    public Set<Verb> allowedNext() {
        if (state == SmtpState.CLOSED || state == SmtpState.DATA || awaitingAuthResponse || awaitingTlsHandshake) {
            return Set.of();
        }
        if (greetingRefused) {
            return Set.of(Verb.QUIT);
        }
        EnumSet<Verb> allowed = EnumSet.copyOf(ANY_TIME);
        switch (state) {
            case GREETED -> {
                allowed.add(Verb.MAIL);
                // RFC 3207 §4 and RFC 4954 §4: only when offered, once, and outside a transaction.
                if (!tls && offers("STARTTLS")) {
                    allowed.add(Verb.STARTTLS);
                }
                if (!authenticated && offers("AUTH")) {
                    allowed.add(Verb.AUTH);
                }
            }
            case MAIL -> allowed.add(Verb.RCPT);
            case RCPT -> {
                allowed.add(Verb.RCPT);
                allowed.add(Verb.DATA);
                if (offers("CHUNKING")) {
                    allowed.add(Verb.BDAT);
                }
            }
            default -> {
                // CONNECTED: only the any-time commands.
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** An unmodifiable copy that iterates in the order of {@link Verb}, for a stable display. */
    private static Set<Verb> inEnumOrder(Set<Verb> verbs) {
        return verbs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(verbs));
    }

    private boolean offers(String keyword) {
        return capabilities.map(c -> c.supports(keyword)).orElse(false);
    }

    public Snapshot snapshot() {
        return new Snapshot(state, tls, authenticated, extended, capabilities, allowedNext(),
                awaitingAuthResponse, awaitingTlsHandshake);
    }
}
