package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The same code means different things at different moments of a session. */
class ExplainerContextTest {

    private final Explainer explainer = Explainer.standard();

    private Explanation explain(Reply reply, String line, SmtpState state) {
        return explainer.explain(reply, ReplyContext.afterLine(line, state));
    }

    @Test
    void twoFiftyAfterMailSaysTheSenderWasAccepted() {
        Explanation e = explain(Reply.of(250, "2.1.0", "Ok"), "MAIL FROM:<alice@example.test>", SmtpState.GREETED);
        assertEquals(Optional.of("The server accepted the sender: this envelope address (the reverse-path) is where"
                + " bounces will go. A mail transaction is now open."), e.inContext());
        assertEquals("Name a recipient: RCPT TO:<someone@example.test>", e.next());
    }

    @Test
    void twoFiftyAfterRcptSaysTheRecipientWasAccepted() {
        Explanation e = explain(Reply.of(250, "2.1.5", "Ok"), "RCPT TO:<bob@example.test>", SmtpState.MAIL);
        assertEquals(Optional.of("The server accepted this recipient: the message will go to this envelope address"
                + " (a forward-path)."), e.inContext());
        assertEquals("Add another recipient with RCPT TO, or send DATA to start the message.", e.next());
    }

    @Test
    void twoFiftyAfterTheFinalDotSaysTheMessageWasAccepted() {
        Explanation e = explainer.explain(Reply.of(250, "2.0.0", "Ok: queued as 4BQ2xk0ZbTz9"), ReplyContext.endOfData());
        assertEquals(Optional.of("The message is accepted: the server now takes responsibility for delivering it."
                + " The text often holds a queue id to quote when asking about the message."), e.inContext());
        assertEquals("Send another message with MAIL FROM, or say goodbye with QUIT.", e.next());
    }

    @Test
    void theThreeTwoFiftiesAreThreeDifferentExplanations() {
        Set<String> meanings = Set.of(
                explain(Reply.of(250, "Ok"), "MAIL FROM:<a@example.test>", SmtpState.GREETED).summary(),
                explain(Reply.of(250, "Ok"), "RCPT TO:<b@example.test>", SmtpState.MAIL).summary(),
                explainer.explain(Reply.of(250, "Ok"), ReplyContext.endOfData()).summary());
        assertEquals(3, meanings.size());
    }

    @Test
    void threeFiftyFourAfterDataAsksForTheMessage() {
        Explanation e = explain(Reply.of(354, "End data with <CR><LF>.<CR><LF>"), "DATA", SmtpState.RCPT);
        assertEquals(Optional.of("The server accepted DATA and now reads your message: everything you send is message"
                + " text until a line with only a dot."), e.inContext());
        assertTrue(e.next().startsWith("Type the header lines (From:, To:, Subject:), an empty line, the body"));
    }

    @Test
    void rcptBeforeMailGets503ExplainedAsMissingSender() {
        Explanation e = explain(Reply.of(503, "5.5.1", "Error: need MAIL command"), "RCPT TO:<bob@example.test>",
                SmtpState.GREETED);
        assertEquals(Optional.of("No transaction is open: you have not sent MAIL FROM yet (or it was refused), and a"
                + " recipient needs a sender first."), e.inContext());
        assertEquals("Send MAIL FROM:<you@example.test> first, then RCPT TO again.", e.next());
    }

    @Test
    void mailInsideATransactionGets503ExplainedAsNestedMail() {
        Explanation e = explain(Reply.of(503, "5.5.1", "Error: nested MAIL command"), "MAIL FROM:<a@example.test>",
                SmtpState.MAIL);
        assertEquals(Optional.of("A transaction is already open: you gave a sender before, and one transaction has one"
                + " sender (\"nested MAIL\")."), e.inContext());
        assertEquals("Go on with RCPT TO, or send RSET to start over.", e.next());
    }

    @Test
    void dataWithoutRecipientGets503ExplainedAsMissingRecipient() {
        Explanation e = explain(Reply.of(503, "5.5.1", "Error: need RCPT command"), "DATA", SmtpState.MAIL);
        assertEquals(Optional.of("No recipient has been accepted yet: DATA needs at least one RCPT TO that got 250."),
                e.inContext());
    }

    @Test
    void fiveFiftyAfterRcptRefusesThatRecipientOnly() {
        Explanation e = explain(Reply.of(550, "5.1.1", "<nobody@example.test>: Recipient address rejected: User unknown"
                + " in local recipient table"), "RCPT TO:<nobody@example.test>", SmtpState.MAIL);
        assertEquals(Optional.of("The server refuses this recipient: usually the mailbox does not exist there, or the"
                + " server will not pass mail on to that domain for you. Recipients accepted before stay accepted."),
                e.inContext());
        assertEquals("Check the spelling of the address; ask the person for their right address.", e.next());
    }

    @Test
    void fourTwentyOneMeansTheSameAfterAnyCommand() {
        Reply bye = Reply.of(421, "4.3.2", "mx Service shutting down, closing transmission channel");
        Explanation afterNoop = explain(bye, "NOOP", SmtpState.GREETED);
        Explanation afterRcpt = explain(bye, "RCPT TO:<b@example.test>", SmtpState.MAIL);
        assertEquals(Optional.empty(), afterNoop.inContext());
        assertEquals("The server is closing the connection. It may say this in answer to any command, at any moment:"
                + " it is shutting down, overloaded, you were idle too long, or you made too many errors.",
                afterNoop.codeMeaning());
        assertEquals(afterNoop.codeMeaning(), afterRcpt.codeMeaning());
        assertEquals("Connect again in a few minutes.", afterRcpt.next());
    }

    @Test
    void twoTwentyIsAGreetingOnConnectButAHandshakeCueAfterStarttls() {
        Explanation greeting = explainer.explain(Reply.of(220, "mail.example.test ESMTP smtp-tutor simulator"),
                ReplyContext.greeting());
        Explanation tls = explain(Reply.of(220, "2.0.0", "Ready to start TLS"), "STARTTLS", SmtpState.GREETED);
        assertEquals(Optional.of("The server mail.example.test greets you: it is ready for SMTP and waits for you to"
                + " introduce yourself."), greeting.inContext());
        assertEquals("Send EHLO with your own host name, e.g. EHLO client.example.test", greeting.next());
        assertEquals(Optional.of("The server is ready for TLS: the next bytes on this connection are the TLS handshake,"
                + " no longer plain SMTP."), tls.inContext());
        assertTrue(tls.next().endsWith("the server forgets everything said before TLS (RFC 3207 section 4.2)."));
    }

    @Test
    void twoThirtyFiveAfterTheLastAuthLineMeansLoggedIn() {
        Explanation e = explainer.explain(Reply.of(235, "2.7.0", "Authentication successful"),
                ReplyContext.authResponse("LOGIN", 2));
        assertEquals(Optional.of("You are logged in: the server accepted your credentials."), e.inContext());
        assertEquals("Go on with MAIL FROM:<your address>; logged in, you may now send to other domains too.", e.next());
    }

    @Test
    void fiveThirtyFiveAfterAuthMeansWrongCredentials() {
        Explanation e = explain(Reply.of(535, "5.7.8", "Error: authentication failed: authentication failure"),
                "AUTH PLAIN AGFsaWNlAHdyb25n", SmtpState.GREETED);
        assertEquals(Optional.of("Login failed: the credentials you sent with AUTH are wrong (user name, password, or"
                + " their base64 encoding)."), e.inContext());
        assertEquals("Check the credentials. Gmail takes an app password (with 2-step verification on) or OAuth, never the"
                + " account password; Microsoft 365 is retiring password logins to SMTP AUTH, app passwords included, in"
                + " favour of OAuth (XOAUTH2).", e.next());
    }

    @Test
    void fiveThirtyBeforeTlsAsksForStarttlsAndAfterTlsForALogin() {
        Reply reply = Reply.of(530, "5.7.0", "Must issue a STARTTLS command first");
        ReplyContext mail = ReplyContext.afterLine("MAIL FROM:<a@example.test>", SmtpState.GREETED);
        assertEquals("Send STARTTLS, then EHLO again, log in with AUTH, then MAIL FROM again.",
                explainer.explain(reply, mail).next());
        assertEquals("Log in with AUTH, then MAIL FROM again.", explainer.explain(reply, mail.withTls(true)).next());
    }

    @Test
    void twoFiftyAfterBdatLastMeansTheMessageIsAccepted() {
        Explanation chunk = explain(Reply.of(250, "2.0.0", "86 octets received"), "BDAT 86", SmtpState.RCPT);
        Explanation last = explain(Reply.of(250, "2.0.0", "Ok: queued"), "BDAT 14 LAST", SmtpState.RCPT);
        assertEquals(Optional.of("The server received this chunk of the message; more chunks may follow."), chunk.inContext());
        assertEquals(Optional.of("The last chunk arrived: the whole message is accepted for delivery."), last.inContext());
    }

    @Test
    void fiveHundredAfterALineThatIsNoCommandSaysSo() {
        Explanation e = explain(Reply.of(500, "5.5.2", "Error: command not recognized"), "HELLO there", SmtpState.GREETED);
        assertEquals(Optional.of("The server does not know this command. SMTP commands are words such as EHLO, MAIL,"
                + " RCPT, DATA and QUIT."), e.inContext());
    }

    @Test
    void aMomentWithoutAnOwnTextFallsBackToTheCode() {
        Explanation e = explain(Reply.of(250, "Ok"), "HELP", SmtpState.GREETED);
        assertEquals(Optional.empty(), e.inContext());
        assertEquals("Done: the command worked.", e.summary());
        assertTrue(e.specific());
    }

    @Test
    void aCommandWithBadArgumentsStillGivesItsMoment() {
        ReplyContext context = ReplyContext.afterLine("EHLO", SmtpState.CONNECTED);
        assertEquals(Optional.of(Verb.EHLO), context.verb());
        assertEquals(Optional.of("EHLO needs your host name after it: a domain, or an address literal such as"
                + " [192.0.2.1]."), explainer.explain(Reply.of(501, "5.5.4", "Syntax: EHLO hostname"), context).inContext());
    }

    @Test
    void aCommandAloneIsAssumedToComeInItsUsualState() {
        assertEquals(SmtpState.MAIL, ReplyContext.afterLine("RCPT TO:<b@example.test>").stateBefore());
        assertEquals(SmtpState.CONNECTED, ReplyContext.afterLine("EHLO x").stateBefore());
        assertEquals(SmtpState.RCPT, ReplyContext.after(Command.of(Verb.DATA, "")).stateBefore());
    }

    @Test
    void authTakesItsMechanismFromTheCommand() {
        ReplyContext context = ReplyContext.afterLine("auth cram-md5", SmtpState.GREETED);
        assertEquals(Optional.of("CRAM-MD5"), context.authMechanism());
        assertEquals(0, context.authStep());
    }

    @Test
    void aContextCarriesACommandExactlyWhenItAnswersOne() {
        assertThrows(IllegalArgumentException.class, () -> new ReplyContext(ReplyContext.Trigger.GREETING,
                Optional.of(Command.of(Verb.NOOP, "")), SmtpState.CONNECTED, false, Optional.empty(), 0));
        assertThrows(IllegalArgumentException.class, () -> new ReplyContext(ReplyContext.Trigger.COMMAND,
                Optional.empty(), SmtpState.CONNECTED, false, Optional.empty(), 0));
    }
}
