package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Patterns compare what a line means to the server, not how it is spelled. */
class CommandPatternTest {

    private static boolean matches(String pattern, String line) {
        return CommandPattern.parse(pattern).matches(line);
    }

    @Test
    void spacingAndCaseDoNotChangeACommand() {
        assertTrue(matches("MAIL FROM:<alice@example.test>", "mail from:<alice@example.test>"));
        assertTrue(matches("MAIL FROM:<alice@example.test>", "MAIL FROM: <Alice@Example.Test>"));
        assertTrue(matches("mail from:<alice@example.test>", "MAIL FROM:alice@example.test"));
        assertFalse(matches("MAIL FROM:<alice@example.test>", "MAIL FROM:<bob@example.test>"));
        assertFalse(matches("MAIL FROM:<alice@example.test>", "RCPT TO:<alice@example.test>"));
    }

    @Test
    void aStarStandsForAnything() {
        assertTrue(matches("EHLO *", "ehlo client.example.test"));
        assertTrue(matches("EHLO *", "EHLO [192.0.2.1]"));
        assertFalse(matches("EHLO *", "EHLO"), "EHLO without a name is no EHLO command at all");
        assertTrue(matches("RCPT TO:<*@example.test>", "RCPT TO:<bob@example.test>"));
        assertFalse(matches("RCPT TO:<*@example.test>", "RCPT TO:<bob@elsewhere.example>"));
        assertTrue(matches("MAIL FROM:<*>", "MAIL FROM:<>"));
        assertTrue(matches("MAIL FROM:*", "MAIL FROM:<carol@elsewhere.example>"));
        assertTrue(matches("HELP *", "HELP"));
        assertTrue(matches("HELP *", "help rcpt"));
    }

    @Test
    void theNullSenderIsOnlyTheNullSender() {
        assertTrue(matches("MAIL FROM:<>", "MAIL FROM:<>"));
        assertFalse(matches("MAIL FROM:<>", "MAIL FROM:<alice@example.test>"));
    }

    @Test
    void parametersInThePatternMustBeThereAndOthersMayBeAdded() {
        assertTrue(matches("MAIL FROM:<*> SIZE=*", "MAIL FROM:<alice@example.test> size=500 BODY=8BITMIME"));
        assertFalse(matches("MAIL FROM:<*> SIZE=*", "MAIL FROM:<alice@example.test>"));
        assertTrue(matches("MAIL FROM:<alice@example.test>", "MAIL FROM:<alice@example.test> SIZE=500"));
        assertTrue(matches("MAIL FROM:<*> BODY=8BITMIME", "MAIL FROM:<a@example.test> BODY=8bitmime"));
        assertFalse(matches("MAIL FROM:<*> BODY=8BITMIME", "MAIL FROM:<a@example.test> BODY=7BIT"));
    }

    @Test
    void authMatchesTheMaskedLineOfATranscript() {
        assertTrue(matches("AUTH PLAIN *", "AUTH PLAIN ********"));
        assertTrue(matches("AUTH LOGIN", "auth login"));
        assertFalse(matches("AUTH LOGIN", "AUTH PLAIN ********"));
    }

    @Test
    void whatIsWrongWithAPatternIsSaidInTheReadersLanguage() {
        try {
            dev.smtptutor.text.Texts.use(dev.smtptutor.text.Language.DE);
            assertEquals("HELLO ist kein SMTP-Befehl (meintest du HELO?)",
                    assertThrows(IllegalArgumentException.class, () -> CommandPattern.parse("HELLO *")).getMessage());
            assertEquals("XYZZY ist kein SMTP-Befehl",
                    assertThrows(IllegalArgumentException.class, () -> CommandPattern.parse("XYZZY")).getMessage());
        } finally {
            dev.smtptutor.text.Texts.use(dev.smtptutor.text.Language.EN);
        }
    }

    @Test
    void aPatternIsCheckedByTheCommandGrammar() {
        assertEquals("HELLO is not an SMTP command (did you mean HELO?)",
                assertThrows(IllegalArgumentException.class, () -> CommandPattern.parse("HELLO *")).getMessage());
        assertEquals("Syntax: RCPT TO:<address>",
                assertThrows(IllegalArgumentException.class, () -> CommandPattern.parse("RCPT <bob@example.test>")).getMessage());
        assertEquals("Bad recipient address syntax",
                assertThrows(IllegalArgumentException.class, () -> CommandPattern.parse("RCPT TO:<bob>")).getMessage());
    }

    @Test
    void linesWithTheSameMeaningAreTheSameMistake() {
        assertTrue(LineMeaning.same("rcpt to: <Bob@example.test>", "RCPT TO:<bob@example.test>"));
        assertTrue(LineMeaning.same("hello there", "HELLO client.example.test"), "an unknown verb is the same mistake");
        assertTrue(LineMeaning.same("MAIL  from alice@example.test", "MAIL FROM alice@example.test"));
        assertTrue(LineMeaning.same("AUTH PLAIN ********", "AUTH PLAIN alice wonderland"),
                "recorded AUTH lines are masked, so are the ones compared with them");
        assertFalse(LineMeaning.same("AUTH LOGIN", "AUTH PLAIN AGFsaWNl"));
        assertFalse(LineMeaning.same("RCPT TO:<bob@example.test>", "RCPT TO:<alice@example.test>"));
    }
}
