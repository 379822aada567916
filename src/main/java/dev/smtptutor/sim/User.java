package dev.smtptutor.sim;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Locale;

/**
 * One account of the simulator: the name AUTH logs in with, its password, and the address of its
 * mailbox. A classroom makes one per student ({@code s07}, their password, {@code s07@example.test}).
 *
 * @param name     the login name (RFC 4954 authorization identity), compared ignoring case
 * @param password compared exactly
 * @param address  the mailbox address, {@code local@domain}, compared ignoring case
 */
public record User(String name, String password, String address) {

    /** Why a user cannot be made (a scenario file's users, a roster), in the reader's language. */
    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/messages");

    public User {
        if (name == null || name.isBlank() || hasControlOrBlank(name)) {
            throw new IllegalArgumentException(WORDS.get("user.bad-name"));
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException(WORDS.get("user.no-password"));
        }
        if (address == null || address.indexOf('@') <= 0 || address.indexOf('@') == address.length() - 1
                || hasControlOrBlank(address)) {
            throw new IllegalArgumentException(WORDS.get("user.bad-address"));
        }
        name = name.toLowerCase(Locale.ROOT);
        address = address.toLowerCase(Locale.ROOT);
    }

    /** A blank, a control character or DEL anywhere (a loop: the simulator's defaults make users at every start). */
    private static boolean hasControlOrBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 127) {
                return true;
            }
        }
        return false;
    }

    /** The part of the address before the last '@'. */
    public String localPart() {
        return address.substring(0, address.lastIndexOf('@'));
    }

    /** The part of the address after the last '@'. */
    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
