package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyClass;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Basic reply codes explained without context: every known code specifically, any other by its digits. */
class ExplainerReplyCodeTest {

    private final Explainer explainer = Explainer.standard();

    static Stream<ReplyCodeEntry> everyReplyCode() {
        return Reference.standard().replyCodes().stream();
    }

    @ParameterizedTest
    @MethodSource("everyReplyCode")
    void everyReplyCodeOfTheTableGetsASpecificExplanation(ReplyCodeEntry entry) {
        Explanation e = explainer.explain(Reply.of(entry.code(), "text"), ReplyContext.none());
        assertTrue(e.specific());
        assertEquals(Optional.of(entry.meaning()), e.rfcWording());
        assertFalse(e.codeMeaning().contains("is not a reply code the tutor knows"), e.codeMeaning());
        assertNotEquals(e.classMeaning(), e.codeMeaning());
    }

    @Test
    void aCodeNobodyDefinedIsExplainedByItsDigits() {
        Explanation e = explainer.explain(Reply.of(299, "all good, probably"), ReplyContext.none());
        assertFalse(e.specific());
        assertEquals(Optional.empty(), e.rfcWording());
        assertEquals("299 is not a reply code the tutor knows, so only its digits speak. First digit 2: Success: the"
                + " server did what you asked. Second digit 9: it is about something unspecified (RFC 5321 section 4.2.1).",
                e.codeMeaning());
        assertEquals(e.codeMeaning(), e.summary());
        assertEquals("Go on with the next step of the session.", e.next());
    }

    @Test
    void anUnknownCodeWithAKnownSecondDigitSaysWhatTheDigitIsAbout() {
        Explanation e = explainer.explain(Reply.of(529, "no"), ReplyContext.none());
        assertEquals("529 is not a reply code the tutor knows, so only its digits speak. First digit 5: Permanent"
                + " failure: the server refuses, and sending the same thing again will fail again. Second digit 2: it is"
                + " about the connection (RFC 5321 section 4.2.1).", e.codeMeaning());
        assertEquals("Do not repeat the command unchanged: read the text, fix the cause, then try again.", e.next());
    }

    @Test
    void eachClassHasItsPlainMeaning() {
        assertEquals("Success: the server did what you asked.",
                explainer.explain(Reply.of(250, "ok"), ReplyContext.none()).classMeaning());
        assertEquals("Go on: the server accepted the start of something and waits for more from you.",
                explainer.explain(Reply.of(354, "go"), ReplyContext.none()).classMeaning());
        assertEquals("Temporary failure: not now, but the very same command may work later.",
                explainer.explain(Reply.of(451, "later"), ReplyContext.none()).classMeaning());
        assertEquals("Permanent failure: the server refuses, and sending the same thing again will fail again.",
                explainer.explain(Reply.of(554, "no"), ReplyContext.none()).classMeaning());
    }

    @Test
    void aReplyInAnotherLanguageIsExplainedFromItsCodes() {
        Explanation e = explainer.explain(Reply.of(550, "5.1.1", "<x@beispiel.de>: Empfänger unbekannt"),
                ReplyContext.none());
        assertEquals(ReplyClass.PERMANENT_NEGATIVE, e.replyClass());
        assertEquals("The recipient's mailbox does not exist at that domain: a typo, or an account that was closed.",
                e.summary());
        assertEquals("Check the spelling of the address; ask the person for their right address.", e.next());
    }

    @Test
    void codeMeaningIsPlainWordsBesideTheRfcWording() {
        Explanation e = explainer.explain(Reply.of(503, "5.5.1", "Error: need MAIL command"), ReplyContext.none());
        assertEquals(Optional.of("Bad sequence of commands"), e.rfcWording());
        assertEquals("Bad sequence: the command came at the wrong moment. The order is EHLO, MAIL FROM, RCPT TO (one"
                + " or more), DATA.", e.codeMeaning());
        assertEquals("Send the commands in order: EHLO, MAIL FROM, RCPT TO, DATA. /state shows where you are.", e.next());
    }

    @Test
    void aReplyWithoutEnhancedCodeHasNoEnhancedPart() {
        assertEquals(Optional.empty(), explainer.explain(Reply.of(220, "mx ESMTP"), ReplyContext.none()).enhanced());
    }

    @Test
    void explainingFromManyThreadsAtOnceGivesTheSameAnswers() {
        List<Reply> replies = Reference.standard().replyCodes().stream()
                .map(entry -> Reply.of(entry.code(), "5.1.1", "text")).toList();
        List<Explanation> alone = replies.stream().map(r -> explainer.explain(r, ReplyContext.none())).toList();
        for (int round = 0; round < 20; round++) {
            assertEquals(alone, replies.parallelStream().map(r -> explainer.explain(r, ReplyContext.none())).toList());
        }
    }

    @Test
    void anExplainerIsSharedAndLoadedOnce() {
        assertTrue(Explainer.standard() == Explainer.standard());
        assertTrue(Explainer.standard().reference() == Reference.standard());
    }
}
