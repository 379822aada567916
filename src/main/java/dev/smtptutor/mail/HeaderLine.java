package dev.smtptutor.mail;

/**
 * One header field of a message (RFC 5322 §2.2).
 *
 * @param name    the field name as written ("Subject")
 * @param value   the field body as on the wire, unfolded to one line
 * @param decoded the body with RFC 2047 encoded words decoded, as a mail program shows it; equal to
 *                {@code value} when nothing was encoded
 */
public record HeaderLine(String name, String value, String decoded) {

    /** True when the wire form differs from what a reader sees: encoded words were used. */
    public boolean encoded() {
        return !value.equals(decoded);
    }
}
