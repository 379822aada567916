package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void chineseCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertEquals(4, DisplayWidth.of("EHLO"));
        assertEquals(4, DisplayWidth.of("会话"));
        assertEquals(6, DisplayWidth.of("邮件：")); // the full-width colon too
        assertEquals(1, DisplayWidth.of("e\u0301"));
    }

    @Test
    void paddingCountsColumnsNotCharacters() {
        assertEquals("会话    |", DisplayWidth.padRight("会话", 8) + "|");
        assertEquals("session |", DisplayWidth.padRight("session", 8) + "|");
        assertEquals("toolongvalue", DisplayWidth.padRight("toolongvalue", 4));
    }

    @Test
    void truncationStopsBeforeTheColumnLimit() {
        assertEquals("邮件…", DisplayWidth.truncate("邮件地址", 6));
        assertEquals("abc", DisplayWidth.truncate("abc", 6));
    }

    @Test
    void englishWrapsAtSpacesAsBefore() {
        assertEquals(List.of("one two three", "  four five"), DisplayWidth.wrap("one two three four five", 14, 2));
    }

    @Test
    void chineseWrapsBetweenCharactersWithinEightyColumns() {
        String text = "服务器拒绝了这个收件人：邮箱不存在。请检查地址的拼写，或者询问收件人正确的地址，然后用新的 RCPT TO 命令再试一次。"
                + "这不是临时错误，所以重试同一个地址没有用。";
        List<String> lines = DisplayWidth.wrap(text, 80, 4);
        assertTrue(lines.size() > 1, lines.toString());
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= 80, line + " is " + DisplayWidth.of(line) + " columns");
        }
        assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost but blanks");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("    ") && !line.startsWith("     "), line);
            assertTrue("，。、；：！？）".indexOf(line.strip().charAt(0)) < 0, "punctuation begins a line: " + line);
        }
    }
}
