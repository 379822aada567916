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
}
