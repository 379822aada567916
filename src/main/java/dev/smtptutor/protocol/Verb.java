package dev.smtptutor.protocol;

import java.util.Locale;
import java.util.Optional;

/** The SMTP command verbs smtp-tutor knows. Verbs are case-insensitive (RFC 5321 §2.4). */
public enum Verb {
    EHLO, HELO, MAIL, RCPT, DATA, BDAT, RSET, NOOP, QUIT, VRFY, EXPN, HELP, STARTTLS, AUTH;

    /** The verb a command word names, ignoring case; empty for anything else. */
    public static Optional<Verb> of(String word) {
        if (word == null || word.isEmpty() || word.length() > 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAVerb) {
            return Optional.empty();
        }
    }
}
