package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesReadablyAndReadsBackTheSameTree() throws Json.Malformed {
        Json tree = Json.Obj.of("name", new Json.Str("a \"quoted\"\\ line\n\t\u0001"), "n", Json.Num.of(42),
                "ok", new Json.Bool(true), "none", new Json.Null(),
                "list", new Json.Arr(List.of(Json.Num.of(1), new Json.Str("two"))), "empty", new Json.Obj(Map.of()));
        String text = Json.write(tree);
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
        assertEquals(tree, Json.parse(text));
    }

    @Test
    void readsEscapesAndUnicode() throws Json.Malformed {
        assertEquals(new Json.Str("\u00fc/\u20ac"), Json.parse("\"\\u00fc\\/\u20ac\""));
    }

    @Test
    void aMistakeNamesItsLine() {
        assertEquals("line 3: ':' was expected",
                assertThrows(Json.Malformed.class, () -> Json.parse("{\n  \"a\": 1,\n  \"b\" 2\n}")).getMessage());
        assertEquals("line 1: the data ends too early",
                assertThrows(Json.Malformed.class, () -> Json.parse("")).getMessage());
        assertEquals("line 1: unexpected text after the end of the data",
                assertThrows(Json.Malformed.class, () -> Json.parse("{} {}")).getMessage());
        assertEquals("line 1: '01' is not a number",
                assertThrows(Json.Malformed.class, () -> Json.parse("01")).getMessage());
    }
}
