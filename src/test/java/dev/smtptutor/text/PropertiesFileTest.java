package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tutor's own reader of .properties files gives what {@code java.util.Properties.load} gives: on
 * every file it ships, on the corners of the syntax, and on thousands of generated files made of the
 * characters that matter to it.
 */
class PropertiesFileTest {

    @Test
    void everyShippedFileReadsAsTheJdkReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("src/main/resources"))) {
            files = all.filter(p -> p.toString().endsWith(".properties")).toList();
        }
        assertTrue(files.size() > 100, "the shipped files: " + files.size());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, String> expected = jdk(new String(bytes, StandardCharsets.UTF_8));
            Map<String, String> read = PropertiesFile.parse(bytes);
            assertEquals(expected, read, file.toString());
            assertEquals(read, expected, file.toString());
            for (String key : expected.keySet()) {
                assertEquals(expected.get(key), read.get(key), file + ": " + key);
            }
        }
    }

    @Test
    void theCornersOfTheSyntax() {
        List<String> files = List.of(
                "",
                "a=b",
                "a = b  ",                        // a text keeps its trailing blanks
                "prompt=smtp> ",
                "a:b\nc d\ne\tf\ng\fh",           // '=', ':' and blanks all end a key
                "a = = b\nc : : d\ne   f = g",    // one separator is skipped, a second is text
                "a=b\na=c",                       // the last one wins
                "a\nb=\n=c\n:d",                  // keys without texts, texts without keys
                "  # comment\n! also\n   a=1\n#x=2",
                "a=1\r\nb=2\rc=3\n\r\nd=4",       // CRLF, CR, LF
                "a=one \\\n    two\\\r\n\tthree",  // continuations drop the next line's leading blanks
                "a=x\\\\\nb=y",                   // two backslashes are one, and no continuation
                "a=x\\\\\\\nb=y",                 // three: one, then a continuation
                "k\\=ey\\:x\\ y=v",               // escaped separators belong to the key
                "a=\\t\\n\\r\\f\\q\\\\ \\u4e2d\\u00e9",
                "\\\n# a comment after an empty continuation\na=1",
                "\\\n  b=2",
                "a=1\\",                           // a backslash at the end of the file is dropped
                "\\",
                "\\\n",
                "\\\r\n",
                "x\\\r\n",
                "a=1\\\n",
                "a=1\\\n\nb=2",                   // a continuation onto an empty line ends there
                "a=1\\\n   \nb=2",
                "a=1\\\n   ",
                "# no continuation for comments \\\na=1",
                "\uFEFFa=bom",
                "问候=你好，{name}！\n键 = 值 ",
                "a=caf\u00e9\\\n  \u00e9t\u00e9",
                "a=b\u0085c\u2028d",              // only CR and LF end a line
                "a=\u00ff\u00fe",
                "\t \f\n\n  \r\n");
        for (String file : files) {
            assertEquals(jdk(file), PropertiesFile.parse(file), () -> "file: " + escaped(file));
        }
    }

    @Test
    void badUtf8IsReadAsTheJdkReadsItFromDecodedText() {
        byte[] bytes = {'a', '=', (byte) 0xe4, (byte) 0xb8, '\n', 'b', '=', (byte) 0xff, 'x', '\n', (byte) 0xc3};
        assertEquals(jdk(new String(bytes, StandardCharsets.UTF_8)), PropertiesFile.parse(bytes));
    }

    @Test
    void aMalformedUnicodeEscapeFailsAsInTheJdk() {
        assertThrows(IllegalArgumentException.class, () -> jdk("a=\\u12g4"));
        assertThrows(IllegalArgumentException.class, () -> PropertiesFile.parse("a=\\u12g4"));
    }

    @Test
    void generatedFilesReadAsTheJdkReadsThem() {
        // The characters the syntax gives a meaning to, a few ordinary ones, and some beyond ASCII.
        char[] alphabet = {'a', 'b', '=', ':', ' ', '\t', '\f', '\r', '\n', '\\', '\\', '#', '!', 'u', '0', '4', 'e',
                '\u4e2d', '\u00e9'};
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder file = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                file.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = file.toString();
            Map<String, String> expected;
            try {
                expected = jdk(text);
            } catch (IllegalArgumentException malformed) {
                assertThrows(IllegalArgumentException.class, () -> PropertiesFile.parse(text), () -> escaped(text));
                continue;
            }
            assertEquals(expected, PropertiesFile.parse(text), () -> "file: " + escaped(text));
        }
    }

    @Test
    void theTextsCannotBeChanged() {
        Map<String, String> read = PropertiesFile.parse("a=1\nb=2");
        assertThrows(UnsupportedOperationException.class, () -> read.put("c", "3"));
        assertThrows(UnsupportedOperationException.class, () -> read.keySet().remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> read.entrySet().iterator().next().setValue("x"));
        assertEquals(Map.of("a", "1", "b", "2"), read);
    }

    private static Map<String, String> jdk(String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Map<String, String> texts = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return texts;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c == '\\' ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
