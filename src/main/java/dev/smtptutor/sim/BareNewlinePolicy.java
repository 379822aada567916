package dev.smtptutor.sim;

/** What the message text after DATA may end its lines with (RFC 5321 §2.3.8: CRLF only). */
public enum BareNewlinePolicy {
    /** A bare LF or CR gets 521 5.5.2 and the connection closes (stricter than Postfix, whose smtpd_forbid_bare_newline = reject says 550: our teaching choice). */
    REJECT,
    /**
     * A bare LF ends a line like CRLF, so {@code <LF>.<LF>} ends the message: the lenient parsing that
     * lets a second, smuggled message ride inside the first (SMTP smuggling, CVE-2023-51764).
     */
    ACCEPT
}
