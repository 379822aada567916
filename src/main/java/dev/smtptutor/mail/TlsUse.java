package dev.smtptutor.mail;

/** How a Jakarta Mail session uses TLS. */
public enum TlsUse {
    /** Plaintext throughout. */
    NONE,
    /** STARTTLS when the server offers it, plaintext otherwise (mail.smtp.starttls.enable). */
    WHEN_OFFERED,
    /** STARTTLS or nothing: stop if the server does not offer it (mail.smtp.starttls.required, RFC 3207 §4). */
    REQUIRED,
    /** TLS from the first byte (mail.smtp.ssl.enable, RFC 8314 §3.3). */
    IMPLICIT
}
