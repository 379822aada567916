package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Quoting untrusted text inside the tutor's own words: cut to a length, then every control shown. */
class UntrustedTextTest {

    @Test
    void aShortTextIsOnlyMadeVisible() {
        assertEquals("220 \\x1b[2J hi", UntrustedText.visible("220 \u001b[2J hi", 20));
    }

    @Test
    void aLongTextIsCutBeforeItsControlsAreWrittenOut() {
        assertEquals("abc\\x07...", UntrustedText.visible("abc\u0007defgh", 4));
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
        assertEquals("ab...", UntrustedText.visible("ab\uD83D\uDCE7cd", 3));
    }
}
