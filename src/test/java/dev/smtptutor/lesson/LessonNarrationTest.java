package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.protocol.EnhancedStatusCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a step waits for, said in words. */
class LessonNarrationTest {

    private static Expectation send(LinePattern line, ReplyCheck reply) {
        return new Expectation.Send(line, reply);
    }

    @Test
    void aCommandWithItsReply() {
        assertEquals("EHLO * (* stands for anything), with reply 250", LessonNarration.expected(send(
                new LinePattern.CommandLine(CommandPattern.parse("EHLO *")),
                new ReplyCheck(Optional.of(250), false, Optional.empty(), Optional.empty()))));
        assertEquals("RCPT TO:<nobody@example.test>, with reply 550 5.1.1", LessonNarration.expected(send(
                new LinePattern.CommandLine(CommandPattern.parse("RCPT TO:<nobody@example.test>")),
                new ReplyCheck(Optional.of(550), false, EnhancedStatusCode.parse("5.1.1"), Optional.empty()))));
        assertEquals("EHLO * (* stands for anything), with reply 250, sent inside TLS", LessonNarration.expected(send(
                new LinePattern.CommandLine(CommandPattern.parse("EHLO *")),
                new ReplyCheck(Optional.of(250), false, Optional.empty(), Optional.of(true)))));
    }

    @Test
    void theEndOfAMessageAndAnAnswerToAChallenge() {
        assertEquals("the line holding only \".\" that ends the message, with reply 5xx", LessonNarration.expected(send(
                new LinePattern.EndOfMessage(), new ReplyCheck(Optional.of(5), true, Optional.empty(), Optional.empty()))));
        assertEquals("your answer to the server's 334 challenge", LessonNarration.expected(send(
                new LinePattern.ChallengeAnswer(), ReplyCheck.ANY)));
    }

    @Test
    void anOutcome() {
        assertEquals("the simulator accepts a message from <> to <alice@example.test>, with a Content-Type: header,"
                + " without a Bcc: header, with the line \"Action: failed\"", LessonNarration.expected(new Expectation.Delivered(
                new DeliveryCheck(Optional.of(""), List.of("alice@example.test"), List.of("Content-Type"), List.of("Bcc"),
                        List.of("Action: failed")))));
        assertEquals("the server accepts your login with AUTH CRAM-MD5 (235)",
                LessonNarration.expected(new Expectation.Authenticated(Optional.of("CRAM-MD5"))));
        assertEquals("the server accepts your login (235)", LessonNarration.expected(new Expectation.Authenticated(Optional.empty())));
    }
}
