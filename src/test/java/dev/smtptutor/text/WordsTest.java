package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A text's first word is what {@code split("\\s+", 2)[0]} gives. */
class WordsTest {

    @Test
    void theFirstWordEndsAtTheFirstBlank() {
        assertEquals("lesson", Words.first("lesson 3"));
        assertEquals("mail.example.test", Words.first("mail.example.test\tESMTP ready"));
        assertEquals("", Words.first(""));
        assertEquals("", Words.first(" leading"));
        assertEquals("ünïcode\u00a0kept", Words.first("ünïcode\u00a0kept\u000Bnext"));  // a no-break space is no \s
    }

    @Test
    void generatedTextsAreCutAsSplitCutsThem() {
        char[] alphabet = {'a', 'Z', '/', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00a0', '\u2028', '\u4e2d'};
        Random random = new Random(2);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(10); c > 0; c--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(s.split("\\s+", 2)[0], Words.first(s), s);
        }
    }
}
