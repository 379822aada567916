package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BareLineEndsTest {

    @Test
    void tokensBecomeBareBytesAndTypedLinesEndWithCrlf() {
        byte[] wire = BareLineEnds.encode(List.of("Subject: x", "", "hi<LF>.<LF>MAIL FROM:<a@b>", ".dot", "a<CR>b"));
        assertArrayEquals("Subject: x\r\n\r\nhi\n.\nMAIL FROM:<a@b>\r\n..dot\r\na\rb\r\n.\r\n"
                .getBytes(StandardCharsets.US_ASCII), wire);
    }

    @Test
    void onlyLinesWithTokensAskForIt() {
        assertTrue(BareLineEnds.requested(List.of("a", "b<LF>c")));
        assertFalse(BareLineEnds.requested(List.of("<L F>", "LF")));
    }
}
