package dev.smtptutor.sim;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Xtext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The DSN parameters of RFC 3461 §4: RET and ENVID on MAIL, NOTIFY and ORCPT on RCPT. Checked when
 * they arrive (501 5.5.4 on bad syntax, as Postfix answers) and read back when a delivery status
 * notification is due.
 */
final class DsnParameters {

    /** The NOTIFY keywords (RFC 3461 §4.1). */
    enum Notify { NEVER, SUCCESS, FAILURE, DELAY }

    // RFC 3461 §4.4: "The ENVID ... MUST NOT exceed 100 characters"; §4.2: ORCPT at most 500.
    private static final int MAX_ENVID = 100;
    private static final int MAX_ORCPT = 500;

    private DsnParameters() {}

    /** ret-value = "FULL" / "HDRS" (RFC 3461 §4.3). */
    static Optional<Reply> checkRet(String value) {
        return value.equalsIgnoreCase("FULL") || value.equalsIgnoreCase("HDRS")
                ? Optional.empty() : Optional.of(Replies.BAD_RET);
    }

    /** envid-value = xtext (RFC 3461 §4.4), printable once decoded. */
    static Optional<Reply> checkEnvid(String value) {
        boolean ok = value.length() <= MAX_ENVID && Xtext.decode(value).filter(DsnParameters::printable).isPresent();
        return ok ? Optional.empty() : Optional.of(Replies.BAD_ENVID);
    }

    /** notify-esmtp-value = "NEVER" / 1#notify-list-element (RFC 3461 §4.1). */
    static Optional<Reply> checkNotify(String value) {
        return notify(value).isPresent() ? Optional.empty() : Optional.of(Replies.BAD_NOTIFY);
    }

    /** orcpt-parameter = "ORCPT=" addr-type ";" xtext (RFC 3461 §4.2). */
    static Optional<Reply> checkOrcpt(String value) {
        return value.length() <= MAX_ORCPT && originalRecipient(value).isPresent()
                ? Optional.empty() : Optional.of(Replies.BAD_ORCPT);
    }

    /** The keywords of a NOTIFY value; empty when it breaks the grammar (NEVER only alone, no repeats). */
    static Optional<Set<Notify>> notify(String value) {
        Set<Notify> keywords = EnumSet.noneOf(Notify.class);
        String[] words = value.split(",", -1);
        for (String word : words) {
            Optional<Notify> keyword = keyword(word);
            if (keyword.isEmpty() || !keywords.add(keyword.get())) {
                return Optional.empty();
            }
        }
        if (keywords.contains(Notify.NEVER) && keywords.size() > 1) {
            return Optional.empty();
        }
        return Optional.of(keywords);
    }

    /** "rfc822; decoded-address" from an ORCPT value, as RFC 3464 §2.3.1 writes Original-Recipient. */
    static Optional<String> originalRecipient(String value) {
        int semicolon = value.indexOf(';');
        if (semicolon <= 0) {
            return Optional.empty();
        }
        String type = value.substring(0, semicolon);
        // addr-type = atom (RFC 3461 §4.2), registered types such as rfc822 or utf-8 (RFC 6533).
        if (!type.matches("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")) {
            return Optional.empty();
        }
        return Xtext.decode(value.substring(semicolon + 1)).filter(a -> !a.isEmpty() && printable(a))
                .map(address -> type + "; " + address);
    }

    private static Optional<Notify> keyword(String word) {
        for (Notify notify : Notify.values()) {
            if (notify.name().equals(word.toUpperCase(Locale.ROOT))) {
                return Optional.of(notify);
            }
        }
        return Optional.empty();
    }

    private static boolean printable(String text) {
        return text.codePoints().allMatch(c -> c >= 32 && c != 127);
    }
}
