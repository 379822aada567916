package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An enhanced status code is read by hand exactly as the RFC 3463 pattern reads it: at the start of a
 * reply's text, and as a whole text.
 */
class EnhancedStatusCodeTest {

    /** The grammar of RFC 3463 §2 as a pattern: the oracle the hand-written reader is held to. */
    private static final Pattern AT_START = Pattern.compile("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?=\\s|$)");

    @Test
    void theReplyTextsOfRealServers() {
        assertEquals(Optional.of(new EnhancedStatusCode(5, 1, 1)), EnhancedStatusCode.atStartOf("5.1.1 <bob@example.org>: Recipient address rejected"));
        assertEquals(Optional.of(new EnhancedStatusCode(4, 7, 1)), EnhancedStatusCode.atStartOf("4.7.1 Try again later"));
        assertEquals(Optional.of(new EnhancedStatusCode(2, 0, 0)), EnhancedStatusCode.atStartOf("2.0.0"));
        assertEquals(Optional.of(new EnhancedStatusCode(5, 7, 606)), EnhancedStatusCode.atStartOf("5.7.606 Access denied"));
        assertEquals(Optional.empty(), EnhancedStatusCode.atStartOf("mail.example.test ESMTP"));
        assertEquals(Optional.empty(), EnhancedStatusCode.atStartOf("3.1.1 no such class"));
        assertEquals(Optional.empty(), EnhancedStatusCode.atStartOf("5.1.1234 too long"));
        assertEquals(Optional.empty(), EnhancedStatusCode.atStartOf("5.1.1: no blank"));
        assertEquals(Optional.of(new EnhancedStatusCode(5, 1, 1)), EnhancedStatusCode.parse("  5.1.1 "));
        assertEquals(Optional.empty(), EnhancedStatusCode.parse("5.1.1 text"));
        assertEquals(Optional.empty(), EnhancedStatusCode.parse(null));
    }

    @Test
    void generatedTextsReadAsThePatternReadsThem() {
        List<Character> alphabet = List.of('2', '4', '5', '0', '1', '9', '3', '.', '.', '.', ' ', '\t', '\n', '\r',
                '\u000B', '\f', '\u0085', '\u2028', 'a', '\u0663', '\u00a0');
        Random random = new Random(3463);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(11);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.get(random.nextInt(alphabet.size())));
            }
            // Many generated texts start like a code, so that every branch is reached.
            String s = (random.nextBoolean() ? "5." : "") + text;
            assertEquals(byPattern(s), EnhancedStatusCode.atStartOf(s), () -> "atStartOf " + visible(s));
            assertEquals(wholeByPattern(s), EnhancedStatusCode.parse(s), () -> "parse " + visible(s));
        }
    }

    private static Optional<EnhancedStatusCode> byPattern(String text) {
        Matcher m = AT_START.matcher(text);
        return m.find() ? Optional.of(of(m)) : Optional.empty();
    }

    private static Optional<EnhancedStatusCode> wholeByPattern(String text) {
        Matcher m = AT_START.matcher(text.trim());
        return !m.find() || m.end() != text.trim().length() ? Optional.empty() : Optional.of(of(m));
    }

    private static EnhancedStatusCode of(Matcher m) {
        return new EnhancedStatusCode(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
