package dev.smtptutor.explain;

import java.util.Locale;

/** The three groups of the command reference. */
public enum CommandCategory {
    /** Opening, securing, keeping and closing the conversation: EHLO, STARTTLS, NOOP, QUIT... */
    SESSION,
    /** Logging in: AUTH. */
    AUTH,
    /** The mail transaction: MAIL FROM, RCPT TO, DATA, BDAT. */
    MESSAGE;

    static CommandCategory of(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }

    /** The name as the reference writes it: "session", "auth", "message". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
