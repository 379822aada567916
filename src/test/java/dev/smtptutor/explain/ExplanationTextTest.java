package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTextTest {

    private final Explainer explainer = Explainer.standard();

    @Test
    void shortIsOneLineWithTheCodesAndTheMostPreciseMeaning() {
        Explanation e = explainer.explain(Reply.of(550, "5.1.1", "<x@y>: User unknown"),
                ReplyContext.afterLine("RCPT TO:<x@y>", SmtpState.MAIL));
        assertEquals(List.of("550 5.1.1: The server refuses this recipient: usually the mailbox does not exist there, or"
                + " the server will not pass mail on to that domain for you. Recipients accepted before stay accepted."),
                ExplanationText.lines(e, ExplanationText.Detail.SHORT));
    }

    @Test
    void fullShowsEveryPartUnderItsLabel() {
        Explanation e = explainer.explain(Reply.of(503, "5.5.1", "Error: need MAIL command"),
                ReplyContext.afterLine("RCPT TO:<bob@example.test>", SmtpState.GREETED));
        assertEquals(List.of(
                "class     5xx Permanent Negative Completion. Permanent failure: the server refuses, and sending the same"
                        + " thing again will fail again.",
                "code      503 \"Bad sequence of commands\"",
                "          Bad sequence: the command came at the wrong moment. The order is EHLO, MAIL FROM, RCPT TO"
                        + " (one or more), DATA.",
                "enhanced  5.5.1 \"Invalid command\": The server does not know this command, or will not take it at"
                        + " this moment.",
                "here      No transaction is open: you have not sent MAIL FROM yet (or it was refused), and a recipient"
                        + " needs a sender first.",
                "next      Send MAIL FROM:<you@example.test> first, then RCPT TO again."),
                ExplanationText.lines(e, ExplanationText.Detail.FULL));
    }

    @Test
    void fullShowsAnUnknownCodeAndAnAssembledEnhancedMeaningWithoutQuotingTwice() {
        Explanation e = explainer.explain(Reply.of(299, "2.3.5 fine"), ReplyContext.none());
        List<String> lines = ExplanationText.lines(e, ExplanationText.Detail.FULL);
        assertEquals("code      299: 299 is not a reply code the tutor knows, so only its digits speak. First digit 2:"
                + " Success: the server did what you asked. Second digit 9: it is about something unspecified (RFC 5321"
                + " section 4.2.1).", lines.get(1));
        assertEquals("enhanced  2.3.5: \"System incorrectly configured\": success, about the receiving mail system.",
                lines.get(2));
    }

    @Test
    void fullListsEachCapabilityAndMarksTheUnknown() {
        Explanation e = explainer.explain(Reply.multiline(250, List.of("mx.example.test", "PIPELINING", "OK")),
                ReplyContext.afterLine("EHLO c.example", SmtpState.CONNECTED));
        List<String> lines = ExplanationText.lines(e, ExplanationText.Detail.FULL);
        assertEquals(List.of(
                "extension PIPELINING: You may send several commands at once without waiting for each reply (RFC 2920).",
                "extension OK (unknown): The tutor does not know the extension OK; a client simply does not use an"
                        + " extension it does not know."), lines.subList(4, 6));
    }

    @Test
    void fullShowsTheDecodedChallenge() {
        Explanation e = explainer.explain(Reply.of(334, "UGFzc3dvcmQ6"), ReplyContext.authResponse("LOGIN", 1));
        assertEquals("challenge The server asks for your password (\"Password:\", base64-encoded).",
                ExplanationText.lines(e, ExplanationText.Detail.FULL).get(4));
    }
}
