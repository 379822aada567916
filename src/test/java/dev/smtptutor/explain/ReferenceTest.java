package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceTest {

    private final Reference reference = Reference.standard();

    @Test
    void commandsCoverTheTwelveSeedCommandsThenHelpAndBdat() {
        assertEquals(List.of("EHLO", "HELO", "QUIT", "STARTTLS", "NOOP", "RSET", "AUTH", "MAIL FROM", "RCPT TO", "DATA",
                "VRFY", "EXPN", "HELP", "BDAT"), reference.commands().stream().map(CommandEntry::command).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL", "mail from", "MAIL FROM:<alice@example.test>", " Mail "})
    void mailIsFoundHoweverItIsWritten(String name) {
        CommandEntry mail = reference.command(name).orElseThrow();
        assertEquals(new CommandEntry("MAIL FROM", CommandCategory.MESSAGE, "MAIL FROM:<address>",
                "Specify the sender envelope address.", "MAIL FROM:<sender@example.com>", "RFC 5321 section 4.1.1.2"), mail);
    }

    @Test
    void rcptToIsFoundWithItsExample() {
        assertEquals("RCPT TO:<recipient@example.com>", reference.command("RCPT TO").orElseThrow().example());
    }

    @Test
    void authIsTheOnlyAuthCommand() {
        assertEquals(List.of("AUTH"), reference.commands().stream()
                .filter(c -> c.category() == CommandCategory.AUTH).map(CommandEntry::verb).toList());
    }

    @Test
    void anUnknownCommandIsNotFound() {
        assertEquals(Optional.empty(), reference.command("HELLO"));
    }

    @Test
    void replyCodesHoldTheRfcCodesThenTheExtensionCodes() {
        List<ReplyCodeEntry> codes = reference.replyCodes();
        assertEquals(42 - 1, codes.size());
        assertEquals(211, codes.get(0).code());
        assertEquals("Requested mail action okay, completed", reference.replyCode(250).orElseThrow().meaning());
        assertTrue(reference.replyCode(535).orElseThrow().extension());
        assertEquals(false, reference.replyCode(550).orElseThrow().extension());
    }

    @Test
    void enhancedCodesAreFoundByCodeRegistryKeySubjectAndClass() {
        assertEquals("Bad destination mailbox address", reference.enhanced("5.1.1").orElseThrow().title());
        assertEquals("Bad destination mailbox address", reference.enhanced("x.1.1").orElseThrow().title());
        assertEquals("Addressing Status", reference.enhanced("X.1.YYY").orElseThrow().title());
        assertEquals("Persistent Transient Failure", reference.enhanced("4.XXX.YYY").orElseThrow().title());
        assertEquals(EnhancedEntry.Kind.SUBJECT, reference.enhanced("X.7.YYY").orElseThrow().kind());
        assertEquals(Optional.empty(), reference.enhanced("5.9.99"));
        assertEquals(Optional.empty(), reference.enhanced("not a code"));
    }

    @Test
    void theRegistryHoldsThreeClassesEightSubjectsAndEveryCode() {
        List<EnhancedEntry> all = reference.enhancedCodes();
        assertEquals(3, all.stream().filter(e -> e.kind() == EnhancedEntry.Kind.CLASS).count());
        assertEquals(8, all.stream().filter(e -> e.kind() == EnhancedEntry.Kind.SUBJECT).count());
        assertEquals(92 - 11, all.stream().filter(e -> e.kind() == EnhancedEntry.Kind.CODE).count());
    }
}
