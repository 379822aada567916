package dev.smtptutor.protocol;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The SMTP command verbs smtp-tutor knows, with the protocol's facts about each, true on either side
 * of a session: where the verb is in sequence, and which EHLO keyword offers it. Verbs are
 * case-insensitive (RFC 5321 §2.4). The simulator's own policy per verb (handler, before-TLS rule,
 * parameters, help) is its verb table, {@code sim.VerbTable}.
 */
public enum Verb {
    // RFC 5321 §4.1.4: EHLO, HELO, NOOP, HELP, VRFY, EXPN, RSET and QUIT may be used at any time.
    EHLO(always(), null),
    HELO(always(), null),
    MAIL(EnumSet.of(SmtpState.GREETED), null),
    RCPT(EnumSet.of(SmtpState.MAIL, SmtpState.RCPT), null),
    DATA(EnumSet.of(SmtpState.RCPT), null),
    BDAT(EnumSet.of(SmtpState.RCPT), "CHUNKING"),          // RFC 3030 §2
    RSET(always(), null),
    NOOP(always(), null),
    QUIT(always(), null),
    VRFY(always(), null),
    EXPN(always(), null),
    HELP(always(), null),
    // RFC 3207 §4: not inside a transaction; RFC 4954 §4: AUTH after EHLO, outside a transaction.
    STARTTLS(EnumSet.of(SmtpState.CONNECTED, SmtpState.GREETED), "STARTTLS"),
    AUTH(EnumSet.of(SmtpState.GREETED), "AUTH");

    private final Set<SmtpState> inSequence;
    private final Optional<String> offeredBy;

    Verb(Set<SmtpState> inSequence, String offeredBy) {
        this.inSequence = inSequence;
        this.offeredBy = Optional.ofNullable(offeredBy);
    }

    private static Set<SmtpState> always() {
        return EnumSet.allOf(SmtpState.class);
    }

    /** The states in which the verb is in sequence: sent elsewhere it gets a 503 (RFC 5321 §4.1.4). */
    public Set<SmtpState> inSequence() {
        return java.util.Collections.unmodifiableSet(inSequence);
    }

    /** True for the verbs RFC 5321 §4.1.4 allows at any time, even before EHLO. */
    public boolean anyTime() {
        return inSequence.size() == SmtpState.values().length;
    }

    /** The EHLO keyword a server offers this verb with; empty for the verbs every server has. */
    public Optional<String> offeredBy() {
        return offeredBy;
    }

    /**
     * Every verb by name: a lookup, where valueOf would throw (and fill a stack trace) for a non-verb. Made
     * by a loop, not a stream: the first command a shell sends reads it, and a stream's first collect is
     * milliseconds of set-up then.
     */
    private static final java.util.Map<String, Optional<Verb>> BY_NAME = byName();

    private static java.util.Map<String, Optional<Verb>> byName() {
        java.util.Map<String, Optional<Verb>> byName = new java.util.HashMap<>();
        for (Verb verb : values()) {
            byName.put(verb.name(), Optional.of(verb));
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** The verb a command word names, ignoring case; empty for anything else. */
    public static Optional<Verb> of(String word) {
        if (word == null || word.isEmpty() || word.length() > 8) {
            return Optional.empty();
        }
        return BY_NAME.getOrDefault(word.toUpperCase(Locale.ROOT), Optional.empty());
    }
}
