package dev.smtptutor.protocol;

import java.util.Locale;

/**
 * An envelope path: the address between the angle brackets of MAIL FROM or RCPT TO.
 * The null reverse-path {@code <>} (RFC 5321 §4.5.5, used by bounces) has an empty address.
 */
public record Path(String address) {

    public static final Path NULL = new Path("");

    public Path {
        address = address == null ? "" : address;
    }

    public boolean isNull() {
        return address.isEmpty();
    }

    /** The part before the last {@code @}; the whole address when there is none (e.g. "postmaster"). */
    public String localPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    /** The domain, lower-cased; empty for the null path and for a bare local part. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** True when the address is plain ASCII; anything else needs SMTPUTF8 (RFC 6531 §3.4). */
    public boolean isAscii() {
        return address.chars().allMatch(c -> c < 0x80);
    }

    /** The path as written on the wire, with its angle brackets. */
    public String bracketed() {
        return "<" + address + ">";
    }

    @Override
    public String toString() {
        return bracketed();
    }
}
