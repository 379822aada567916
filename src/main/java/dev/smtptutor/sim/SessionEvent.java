package dev.smtptutor.sim;

import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a scenario rule can react to: a client connecting (before the 220 greeting), each command
 * verb, and the end of a message (the final dot after DATA, or BDAT ... LAST).
 */
public enum SessionEvent {
    CONNECT, EHLO, HELO, MAIL, RCPT, DATA, BDAT, MESSAGE, RSET, NOOP, QUIT, VRFY, EXPN, HELP, STARTTLS, AUTH;

    /** The events a rule's {@code command: "*"} stands for: every command, not CONNECT or MESSAGE. */
    public static final Set<SessionEvent> COMMANDS = EnumSet.complementOf(EnumSet.of(CONNECT, MESSAGE));

    private static final Set<SmtpState> ANY = EnumSet.allOf(SmtpState.class);

    public static SessionEvent of(Verb verb) {
        return valueOf(verb.name());
    }

    /** The event a rule file names, ignoring case; empty for anything else. */
    public static Optional<SessionEvent> named(String name) {
        for (SessionEvent event : values()) {
            if (event.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** True when the event carries addresses a rule's {@code address:} pattern can match. */
    public boolean hasAddresses() {
        return switch (this) {
            case MAIL, RCPT, VRFY, EXPN, DATA, BDAT, MESSAGE -> true;
            default -> false;
        };
    }

    /**
     * The states in which a rule without {@code state:} applies: those where the command is in
     * sequence. So a rule never hides the 503 of a command sent out of order (RFC 5321 §4.1.4).
     */
    public Set<SmtpState> statesInSequence() {
        return this == CONNECT || this == MESSAGE ? ANY : Verb.valueOf(name()).inSequence();
    }
}
