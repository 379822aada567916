package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void namedPlaceholdersAreFilledInAnyOrder() {
        assertEquals("bob@example.test bei mail.example.test", Placeholders.fill("{address} bei {host}",
                Map.of("host", "mail.example.test", "address", "bob@example.test")));
    }

    @Test
    void anApostropheIsJustAnApostrophe() {
        // MessageFormat would swallow the placeholder after l' ; plain search does not.
        assertEquals("Controlla l'indirizzo bob@example.test", Placeholders.fill("Controlla l'indirizzo {address}",
                Map.of("address", "bob@example.test")));
    }

    @Test
    void aValueIsInsertedLiterallyEvenWithDollarsAndBackslashes() {
        assertEquals("cost $1 \\n", Placeholders.fill("cost {v}", Map.of("v", "$1 \\n")));
    }

    @Test
    void unknownPlaceholdersAndOtherBracesStayAsWritten() {
        assertEquals("{other} and ok", Placeholders.fill("{other} and {x}", Map.of("x", "ok")));
    }

    @Test
    void namesAreListedInOrderOfFirstUse() {
        assertEquals(List.of("b", "reply-class", "notAfter"), List.copyOf(Placeholders.names("{b} {reply-class} {b} {notAfter}")));
        assertEquals(Set.of(), Placeholders.names("no placeholders"));
    }

    @Test
    void malformedPlaceholdersAreFound() {
        assertEquals(List.of("'{' at column 7 is never closed"), Placeholders.problems("Hello {name"));
        assertEquals(List.of("'{ host}' is not a placeholder: write {name} with letters, digits or '-'"),
                Placeholders.problems("to { host}"));
        assertEquals(List.of("'{}' is not a placeholder: write {name} with letters, digits or '-'"), Placeholders.problems("{}"));
        assertEquals(List.of("'}' at column 5 closes nothing"), Placeholders.problems("oops} {ok}"));
        assertEquals(List.of("'{' at column 1 is never closed"), Placeholders.problems("{a {b}"));
        assertEquals(List.of(), Placeholders.problems("fine {name} and {reply-class}"));
    }

    /** The placeholder's shape as a pattern: the oracle the hand-written search is held to. */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9-]*)}");

    @Test
    void generatedTextsAreFilledAsThePatternFillsThem() {
        char[] alphabet = {'{', '}', '{', '}', 'a', 'b', 'Z', '0', '-', '_', ' ', '$', '\\', '\u4e2d'};
        Map<String, String> values = Map.of("a", "[A]", "b", "$1\\", "ab", "<ab>", "a-0", "{a}", "Z", "");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int c = 0; c < length; c++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String template = text.toString();
            java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder expected = new StringBuilder();
            Set<String> expectedNames = new java.util.LinkedHashSet<>();
            while (m.find()) {
                expectedNames.add(m.group(1));
                String value = values.get(m.group(1));
                m.appendReplacement(expected, java.util.regex.Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            m.appendTail(expected);
            assertEquals(expected.toString(), Placeholders.fill(template, values), template);
            assertEquals(List.copyOf(expectedNames), List.copyOf(Placeholders.names(template)), template);
        }
    }
}
