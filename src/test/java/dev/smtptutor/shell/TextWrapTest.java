package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void wrapsAtSpacesWithAHangingIndent() {
        assertEquals(List.of("     here      one two", "               three four", "               five"),
                TextWrap.wrap("     here      one two three four five", 26, 15));
    }

    @Test
    void unknownWidthLeavesTheLineWhole() {
        String line = "x ".repeat(100);
        assertEquals(List.of(line), TextWrap.wrap(line, 0, 15));
    }

    @Test
    void aWordLongerThanTheRoomIsNotCut() {
        assertEquals(List.of("     here      https://example.test/a/very/long/address/that/never/fits", "               end"),
                TextWrap.wrap("     here      https://example.test/a/very/long/address/that/never/fits end", 40, 15));
    }
}
