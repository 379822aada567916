package dev.smtptutor.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The xtext encoding of DSN parameters (RFC 3461 §4): {@code xtext = *( xchar / hexchar )}, where
 * xchar is any printable ASCII character but "+" and "=", and {@code hexchar = "+" 2(%x30-39 / %x41-46)}
 * stands for one octet. ENVID and the address in ORCPT travel in this form.
 */
public final class Xtext {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Xtext() {}

    /** The decoded text; empty when the value is not xtext (a bad "+" escape, "=", a control or non-ASCII character). */
    public static Optional<String> decode(String xtext) {
        byte[] out = new byte[xtext.length()];
        int n = 0;
        for (int i = 0; i < xtext.length(); i++) {
            char c = xtext.charAt(i);
            if (c == '+') {
                if (i + 2 >= xtext.length()) {
                    return Optional.empty();
                }
                int hi = hexValue(xtext.charAt(i + 1));
                int lo = hexValue(xtext.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c >= 33 && c <= 126 && c != '=') {
                out[n++] = (byte) c;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new String(out, 0, n, StandardCharsets.UTF_8));
    }

    /** The text in xtext form: "+", "=", spaces, controls and non-ASCII octets become "+XX". */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 33 && c <= 126 && c != '+' && c != '=') {
                out.append((char) c);
            } else {
                out.append('+').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    // RFC 3461 §4: the two hex digits are upper case.
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
