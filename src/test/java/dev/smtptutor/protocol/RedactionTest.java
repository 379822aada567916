package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void authInitialResponseIsMasked() {
        assertEquals("AUTH PLAIN ********", Redaction.forDisplay("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", false));
    }

    @Test
    void lowerCaseAuthIsMaskedToo() {
        assertEquals("auth login ********", Redaction.forDisplay("auth login YWxpY2U=", false));
    }

    @Test
    void authWithoutInitialResponseIsShownAsTyped() {
        assertEquals("AUTH LOGIN", Redaction.forDisplay("AUTH LOGIN", false));
    }

    @Test
    void answerToAChallengeIsMaskedWhole() {
        assertEquals("********", Redaction.forDisplay("YWxpY2UgNmQ1YjQ3", true));
    }

    @Test
    void otherCommandsAreShownAsTyped() {
        assertEquals("MAIL FROM:<alice@example.test>", Redaction.forDisplay("MAIL FROM:<alice@example.test>", false));
    }
}
