package dev.smtptutor.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Text of a bounce's part in the charset it declares, whatever that is: the JDK's charsets, UTF-7 under its
 * old names (RFC 2152; Exchange wrote "unicode-1-1-utf-7"), and for an unknown name UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (what most mislabelled Western text is). Never fails.
 */
final class TextCharsets {

    /** The text, and the charset it was read in when that is not the one declared. */
    record Decoded(String text, Optional<String> substitute) {}

    private TextCharsets() {}

    static Decoded decode(byte[] bytes, String declared) {
        String name = declared == null ? "" : declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("us-ascii") || name.equals("ascii")) {
            return new Decoded(utf8OrWindows1252(bytes), Optional.empty());
        }
        if (name.contains("utf-7") || name.equals("utf7")) {
            return new Decoded(utf7(new String(bytes, StandardCharsets.US_ASCII)), Optional.empty());
        }
        try {
            return new Decoded(new String(bytes, Charset.forName(name)), Optional.empty());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            boolean utf8 = validUtf8(bytes);
            return new Decoded(utf8OrWindows1252(bytes), Optional.of(utf8 ? "UTF-8" : "windows-1252"));
        }
    }

    static String utf8OrWindows1252(byte[] bytes) {
        return validUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
                : new String(bytes, Charset.forName("windows-1252"));
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * UTF-7 (RFC 2152): ASCII as itself; "+" starts modified base64 of UTF-16 up to the first character that
     * is no base64 letter ("-" ends it and is dropped); "+-" is a plus sign. A broken run is kept as written.
     */
    static String utf7(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isBase64(text.charAt(end))) {
                end++;
            }
            if (end == i + 1) {
                out.append('+');
                i = end < text.length() && text.charAt(end) == '-' ? end + 1 : end;
                continue;
            }
            String run = text.substring(i + 1, end);
            try {
                // Padding is optional for the JDK's decoder; a lone sixth of a byte at the end carries no bits.
                byte[] utf16 = Base64.getDecoder().decode(run.substring(0, run.length() - (run.length() % 4 == 1 ? 1 : 0)));
                out.append(new String(utf16, 0, utf16.length - utf16.length % 2, StandardCharsets.UTF_16BE));
            } catch (IllegalArgumentException e) {
                out.append('+').append(run);
            }
            i = end < text.length() && text.charAt(end) == '-' ? end + 1 : end;
        }
        return out.toString();
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
