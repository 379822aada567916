package dev.smtptutor.protocol;

/**
 * The mailbox grammar of RFC 5321 §4.1.2, widened for UTF-8 as RFC 6531 §3.3 allows:
 * {@code Mailbox = Local-part "@" ( Domain / address-literal )}.
 */
final class AddressSyntax {

    // RFC 5321 §4.5.3.1.1-3: size limits on the parts of a path.
    static final int MAX_LOCAL_PART = 64;
    static final int MAX_DOMAIN = 255;
    static final int MAX_PATH = 256;

    private AddressSyntax() {}

    static boolean isMailbox(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        return local.length() <= MAX_LOCAL_PART && isLocalPart(local)
                && (isDomain(domain) || isAddressLiteral(domain));
    }

    /** Local-part = Dot-string / Quoted-string. */
    static boolean isLocalPart(String local) {
        if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
            return isQuotedContent(local.substring(1, local.length() - 1));
        }
        return isDotString(local);
    }

    /** Dot-string = Atom *("." Atom) */
    static boolean isDotString(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return false;
        }
        return s.codePoints().allMatch(c -> c == '.' || isAtext(c));
    }

    /** atext of RFC 5322 §3.2.3, plus UTF-8 characters (RFC 6531 §3.3). */
    static boolean isAtext(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0 || c >= 0x80;
    }

    /** qtextSMTP = %d32-33 / %d35-91 / %d93-126; quoted-pairSMTP = "\" %d32-126 */
    private static boolean isQuotedContent(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (++i >= s.length() || s.charAt(i) < 32 || s.charAt(i) > 126) {
                    return false;
                }
            } else if (c == '"' || (c < 32) || c == 127) {
                return false;
            }
        }
        return true;
    }

    /** Domain = sub-domain *("." sub-domain); sub-domain = Let-dig [Ldh-str] */
    static boolean isDomain(String domain) {
        if (domain.isEmpty() || domain.length() > MAX_DOMAIN) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            boolean ok = label.codePoints().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || c == '-' || c >= 0x80);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** address-literal = "[" ( IPv4-address-literal / IPv6-address-literal / General-address-literal ) "]" */
    static boolean isAddressLiteral(String s) {
        if (s.length() < 3 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return false;
        }
        String inner = s.substring(1, s.length() - 1);
        if (inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
            return inner.substring(5).matches("[0-9A-Fa-f:.]+") && inner.contains(":");
        }
        String[] octets = inner.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
