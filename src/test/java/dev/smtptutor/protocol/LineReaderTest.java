package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static LineReader reader(String text, int cap) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), cap);
    }

    @Test
    void crlfLinesComeOutWithoutTheirEnding() throws IOException {
        LineReader reader = reader("EHLO a\r\nQUIT\r\n", 100);
        InputLine first = reader.next().orElseThrow();
        assertEquals("EHLO a", first.text());
        assertEquals(InputLine.Ending.CRLF, first.ending());
        assertEquals("QUIT", reader.next().orElseThrow().text());
        assertTrue(reader.next().isEmpty());
    }

    @Test
    void bareLfIsReportedAsSuch() throws IOException {
        InputLine line = reader("hello\n", 100).next().orElseThrow();
        assertEquals("hello", line.text());
        assertEquals(InputLine.Ending.BARE_LF, line.ending());
    }

    @Test
    void bareCrInsideALineIsKeptAndDetected() throws IOException {
        InputLine line = reader("a\rb\r\n", 100).next().orElseThrow();
        assertArrayEquals(new byte[] {'a', '\r', 'b'}, line.bytes());
        assertTrue(line.hasBareCr());
        assertFalse(reader("ab\r\n", 100).next().orElseThrow().hasBareCr());
    }

    @Test
    void overlongLineIsCutAtTheCapButItsLengthIsKnown() throws IOException {
        LineReader reader = reader("x".repeat(50) + "\r\nnext\r\n", 10);
        InputLine line = reader.next().orElseThrow();
        assertEquals(10, line.bytes().length);
        assertEquals(50, line.length());
        assertTrue(line.truncated());
        assertEquals(InputLine.Ending.CRLF, line.ending());
        assertEquals("next", reader.next().orElseThrow().text());
    }

    @Test
    void lastLineWithoutEndingIsReported() throws IOException {
        InputLine line = reader("QUIT", 100).next().orElseThrow();
        assertEquals("QUIT", line.text());
        assertEquals(InputLine.Ending.END_OF_STREAM, line.ending());
    }

    @Test
    void readExactlyTakesBytesAcrossLines() throws IOException {
        LineReader reader = reader("BDAT 5\r\nab\r\ncNEXT\r\n", 100);
        assertEquals("BDAT 5", reader.next().orElseThrow().text());
        assertArrayEquals("ab\r\nc".getBytes(StandardCharsets.US_ASCII), reader.readExactly(5));
        assertEquals("NEXT", reader.next().orElseThrow().text());
    }
}
