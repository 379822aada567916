package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Enhanced status codes: registry titles verbatim, plain words for the common ones, graceful for the rest. */
class ExplainerEnhancedTest {

    private final Explainer explainer = Explainer.standard();

    private EnhancedMeaning explain(int code, String enhanced) {
        return explainer.explain(Reply.of(code, enhanced, "text"), ReplyContext.none()).enhanced().orElseThrow();
    }

    /** Every code of the registry file, with the title it gives it. */
    static Stream<TsvTable.Row> everyRegisteredCode() {
        return TsvTable.parse("enhanced-codes.tsv", Resources.text("enhanced-codes.tsv")).rows().stream()
                .filter(r -> r.get("code").matches("X\\.\\d+\\.\\d+"));
    }

    @ParameterizedTest
    @MethodSource("everyRegisteredCode")
    void everyRegisteredCodeResolvesToItsExactRegistryTitleInEveryClass(TsvTable.Row row) {
        for (int codeClass : List.of(2, 4, 5)) {
            String code = row.get("code").replace("X", String.valueOf(codeClass));
            EnhancedMeaning meaning = explain(codeClass * 100 + 50, code);
            assertEquals(Optional.of(row.get("title")), meaning.title(), code);
            assertTrue(meaning.registered());
            assertFalse(meaning.plain().isBlank());
        }
    }

    @Test
    void classAndSubjectTitlesAreQuotedFromTheRegistry() {
        EnhancedMeaning m = explain(550, "5.7.1");
        assertEquals("Permanent Failure", m.classTitle());
        assertEquals(Optional.of("Security or Policy Status"), m.subjectTitle());
        assertEquals("Persistent Transient Failure", explain(450, "4.2.2").classTitle());
        assertEquals("Success", explain(250, "2.1.5").classTitle());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0.0", "2.1.0", "2.1.5", "2.6.0", "2.7.0", "4.2.2", "4.3.0", "4.3.2", "4.4.1", "4.4.2",
            "4.5.3", "4.7.0", "4.7.1", "5.1.1", "5.1.2", "5.1.3", "5.1.7", "5.1.8", "5.1.10", "5.2.1", "5.2.2", "5.3.4",
            "5.4.1", "5.5.1", "5.5.2", "5.5.4", "5.6.7", "5.7.0", "5.7.1", "5.7.8", "5.7.11", "5.7.26", "5.7.23",
            "5.7.25"})
    void codesRealServersCommonlySendHavePlainWordsOfTheirOwn(String code) {
        EnhancedMeaning m = explain(Integer.parseInt(code.substring(0, 1)) * 100 + 50, code);
        assertTrue(m.specific(), code);
    }

    @Test
    void aCommonCodeReadsInPlainWords() {
        EnhancedMeaning m = explain(552, "5.2.2");
        assertEquals(Optional.of("Mailbox full"), m.title());
        assertEquals("The recipient's mailbox is full (over its quota).", m.plain());
    }

    @Test
    void aRegisteredCodeWithoutWordsOfItsOwnFallsBackToTitleClassAndSubject() {
        EnhancedMeaning m = explain(554, "5.3.5");
        assertFalse(m.specific());
        assertEquals("\"System incorrectly configured\": a permanent failure (sending the same again will fail again),"
                + " about the receiving mail system.", m.plain());
    }

    @Test
    void anUnknownDetailKeepsClassAndSubject() {
        EnhancedMeaning m = explain(450, "4.1.99");
        assertEquals(Optional.empty(), m.title());
        assertEquals(Optional.of("Addressing Status"), m.subjectTitle());
        assertEquals("Detail 99 is not in the registry, so only the first two numbers speak: a temporary failure (the"
                + " same message may get through later), about an address, the sender's or a recipient's.", m.plain());
    }

    @Test
    void anUnknownSubjectIsSaidToBeUnknownAndTheClassStillSpeaks() {
        Explanation e = explainer.explain(Reply.of(550, "5.9.99", "mystery"), ReplyContext.none());
        EnhancedMeaning m = e.enhanced().orElseThrow();
        assertEquals(Optional.empty(), m.title());
        assertEquals(Optional.empty(), m.subjectTitle());
        assertEquals("Subject 9 is not in the registry (an unknown subject), so only the class speaks: a permanent"
                + " failure (sending the same again will fail again).", m.plain());
        assertTrue(e.specific(), "550 itself is known");
        assertEquals(e.codeMeaning(), e.summary());
    }

    @Test
    void anEnhancedClassThatContradictsTheReplyCodeIsPointedOut() {
        Explanation e = explainer.explain(Reply.of(250, "5.1.1", "odd"), ReplyContext.none());
        assertEquals(List.of("The enhanced code's class 5 disagrees with the reply code's first digit 2; they should"
                + " agree, and the reply code is the one that counts."), e.notes());
    }

    @Test
    void theEnhancedCodeDecidesWhatToDoNextWhenItKnowsBest() {
        Explanation e = explainer.explain(Reply.of(421, "4.4.2", "mx Error: timeout exceeded"), ReplyContext.none());
        assertEquals("Connect again, and do not leave the session idle for minutes (servers close idle sessions).",
                e.next());
    }
}
