package dev.smtptutor.protocol;

/**
 * Where an SMTP session stands (RFC 5321 §3.3, §4.1.4). TLS and authentication are orthogonal to
 * these states and tracked beside them.
 */
public enum SmtpState {
    /** Connected; the greeting (220) may still be on its way. No EHLO/HELO yet. */
    CONNECTED,
    /** EHLO or HELO accepted: ready for MAIL (or STARTTLS, AUTH). */
    GREETED,
    /** MAIL accepted: a transaction is open and needs at least one RCPT. */
    MAIL,
    /** At least one RCPT accepted: DATA (or more RCPT) may follow. */
    RCPT,
    /** DATA accepted with 354: the message text is being sent, up to the line with a single dot. */
    DATA,
    /** QUIT answered, or the connection closed. */
    CLOSED
}
