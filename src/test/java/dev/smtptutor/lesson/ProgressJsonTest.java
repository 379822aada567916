package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress file's JSON: readable for a person, read back to the same tree, mistakes with their line. */
class ProgressJsonTest {

    @Test
    void writesReadablyAndReadsBackTheSameTree() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "a \"quoted\"\\ line\n\t\u0001");
        tree.put("n", 42);
        tree.put("ok", true);
        tree.put("none", null);
        tree.put("list", List.of(1, "two"));
        tree.put("empty", Map.of());
        String text = ProgressJson.write(tree);
        assertEquals("""
                {
                  "name": "a \\"quoted\\"\\\\ line\\n\\t\\u0001",
                  "n": 42,
                  "ok": true,
                  "none": null,
                  "list": [1, "two"],
                  "empty": {}
                }
                """, text);
        assertEquals(tree, ProgressJson.parse(text));
    }

    @Test
    void readsEscapesUnicodeAndExactDecimals() throws Exception {
        assertEquals("\u00fc/\u20ac", ProgressJson.parse("\"\\u00fc\\/\u20ac\""));
        assertEquals(new BigDecimal("0.1"), ProgressJson.parse("0.1"));
    }

    @Test
    void aMistakeNamesItsLine() {
        assertEquals("line 3: the data ends too early",
                assertThrows(ProgressJson.Malformed.class, () -> ProgressJson.parse("{\n  \"a\": 1,\n  \"b\": ")).getMessage());
        assertEquals("line 1: the data ends too early",
                assertThrows(ProgressJson.Malformed.class, () -> ProgressJson.parse("")).getMessage());
        assertEquals("line 2: unexpected text after the end of the data",
                assertThrows(ProgressJson.Malformed.class, () -> ProgressJson.parse("{}\n{}")).getMessage());
        assertEquals(true, assertThrows(ProgressJson.Malformed.class,
                () -> ProgressJson.parse("{\n  \"a\": 1,\n  \"b\" 2\n}")).getMessage().startsWith("line 3: "));
    }
}
