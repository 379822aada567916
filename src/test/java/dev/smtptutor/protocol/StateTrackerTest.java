package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateTrackerTest {

    private static final Reply EHLO_REPLY = Reply.multiline(250,
            List.of("mail.example.test", "PIPELINING", "STARTTLS", "AUTH PLAIN LOGIN", "CHUNKING"));
    private static final Reply OK = Reply.of(250, "2.0.0", "Ok");

    private final StateTracker tracker = new StateTracker();

    private StateTracker greeted() {
        tracker.greeting(Reply.of(220, "mail.example.test ESMTP"));
        tracker.replied("EHLO client.example", EHLO_REPLY);
        return tracker;
    }

    private StateTracker inTransaction() {
        greeted().replied("MAIL FROM:<a@example.test>", OK);
        tracker.replied("RCPT TO:<b@example.test>", OK);
        return tracker;
    }

    @Test
    void startsConnectedWithNothingKnown() {
        assertEquals(SmtpState.CONNECTED, tracker.state());
        assertFalse(tracker.tls());
        assertFalse(tracker.authenticated());
        assertFalse(tracker.extended());
        assertTrue(tracker.capabilities().isEmpty());
    }

    @Test
    void greetingKeepsConnected() {
        tracker.greeting(Reply.of(220, "mail.example.test ESMTP"));
        assertEquals(SmtpState.CONNECTED, tracker.state());
    }

    @Test
    void greeting421Closes() {
        tracker.greeting(Reply.of(421, "4.3.2", "busy"));
        assertEquals(SmtpState.CLOSED, tracker.state());
    }

    @Test
    void greeting554AllowsOnlyQuit() {
        tracker.greeting(Reply.of(554, "5.3.2", "no service"));
        assertEquals(Set.of(Verb.QUIT), tracker.allowedNext());
    }

    @Test
    void ehlo250GreetsAndRecordsCapabilities() {
        greeted();
        assertEquals(SmtpState.GREETED, tracker.state());
        assertTrue(tracker.extended());
        assertEquals(List.of("PLAIN", "LOGIN"), tracker.capabilities().orElseThrow().authMechanisms());
    }

    @Test
    void helo250GreetsWithoutExtensions() {
        tracker.replied("HELO client.example", Reply.of(250, "mail.example.test"));
        assertEquals(SmtpState.GREETED, tracker.state());
        assertFalse(tracker.extended());
        assertTrue(tracker.capabilities().isEmpty());
    }

    @Test
    void heloAfterEhloForgetsCapabilities() {
        greeted().replied("HELO client.example", Reply.of(250, "mail.example.test"));
        assertTrue(tracker.capabilities().isEmpty());
    }

    @Test
    void verbsAreCaseInsensitive() {
        tracker.replied("ehlo client.example", EHLO_REPLY);
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void rejectedEhloStaysConnected() {
        tracker.replied("EHLO", Reply.of(501, "5.5.4", "Syntax: EHLO hostname"));
        assertEquals(SmtpState.CONNECTED, tracker.state());
    }

    @Test
    void mail250OpensTransaction() {
        greeted().replied("MAIL FROM:<a@example.test>", OK);
        assertEquals(SmtpState.MAIL, tracker.state());
    }

    @Test
    void rejectedMailStaysGreeted() {
        greeted().replied("MAIL FROM:<a@example.test>", Reply.of(530, "5.7.0", "Authentication required"));
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void rcpt250MovesToRcpt() {
        assertEquals(SmtpState.RCPT, inTransaction().state());
    }

    @Test
    void rcpt251AlsoCountsAsRecipient() {
        greeted().replied("MAIL FROM:<a@example.test>", OK);
        tracker.replied("RCPT TO:<b@elsewhere.test>", Reply.of(251, "2.1.5", "User not local; will forward"));
        assertEquals(SmtpState.RCPT, tracker.state());
    }

    @Test
    void rejectedRcptStaysInMail() {
        greeted().replied("MAIL FROM:<a@example.test>", OK);
        tracker.replied("RCPT TO:<nobody@example.test>", Reply.of(550, "5.1.1", "User unknown"));
        assertEquals(SmtpState.MAIL, tracker.state());
    }

    @Test
    void data354EntersData() {
        inTransaction().replied("DATA", Reply.of(354, "End data with <CR><LF>.<CR><LF>"));
        assertEquals(SmtpState.DATA, tracker.state());
    }

    @Test
    void messageLinesInDataExpectNoReplyButTheDotDoes() {
        inTransaction().replied("DATA", Reply.of(354, "go ahead"));
        assertFalse(tracker.expectsReply("Subject: hi"));
        assertFalse(tracker.expectsReply("..a stuffed line"));
        assertTrue(tracker.expectsReply("."));
    }

    @Test
    void replyToFinalDotReturnsToGreeted() {
        inTransaction().replied("DATA", Reply.of(354, "go ahead"));
        tracker.replied(".", Reply.of(250, "2.0.0", "Ok: queued as 1"));
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void rejectionOfFinalDotAlsoEndsTransaction() {
        inTransaction().replied("DATA", Reply.of(354, "go ahead"));
        tracker.replied(".", Reply.of(552, "5.3.4", "Message size exceeds fixed limit"));
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void rsetReturnsToGreeted() {
        inTransaction().replied("RSET", OK);
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void rsetBeforeEhloStaysConnected() {
        tracker.replied("RSET", OK);
        assertEquals(SmtpState.CONNECTED, tracker.state());
    }

    @Test
    void ehloInsideTransactionAbortsIt() {
        inTransaction().replied("EHLO client.example", EHLO_REPLY);
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void startTls220WaitsForHandshakeAndAllowsNothing() {
        greeted().replied("STARTTLS", Reply.of(220, "2.0.0", "Ready to start TLS"));
        assertTrue(tracker.awaitingTlsHandshake());
        assertEquals(Set.of(), tracker.allowedNext());
    }

    @Test
    void tlsHandshakeReturnsToConnectedAndForgetsEhlo() {
        greeted().replied("STARTTLS", Reply.of(220, "2.0.0", "Ready to start TLS"));
        tracker.tlsStarted();
        assertEquals(SmtpState.CONNECTED, tracker.state());
        assertTrue(tracker.tls());
        assertFalse(tracker.extended());
        assertTrue(tracker.capabilities().isEmpty());
        assertFalse(tracker.awaitingTlsHandshake());
    }

    @Test
    void refusedStartTlsChangesNothing() {
        greeted().replied("STARTTLS", Reply.of(454, "4.7.0", "TLS not available due to local problem"));
        assertFalse(tracker.awaitingTlsHandshake());
        assertFalse(tracker.tls());
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void auth235Authenticates() {
        greeted().replied("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", Reply.of(235, "2.7.0", "Authentication successful"));
        assertTrue(tracker.authenticated());
    }

    @Test
    void auth334AwaitsResponseUntilFinalReply() {
        greeted().replied("AUTH LOGIN", Reply.of(334, "VXNlcm5hbWU6"));
        assertTrue(tracker.awaitingAuthResponse());
        tracker.replied("YWxpY2U=", Reply.of(334, "UGFzc3dvcmQ6"));
        assertTrue(tracker.awaitingAuthResponse());
        tracker.replied("d29uZGVybGFuZA==", Reply.of(235, "2.7.0", "Authentication successful"));
        assertFalse(tracker.awaitingAuthResponse());
        assertTrue(tracker.authenticated());
    }

    @Test
    void failedAuthEndsExchangeUnauthenticated() {
        greeted().replied("AUTH PLAIN", Reply.of(334, ""));
        tracker.replied("AGFsaWNlAHdyb25n", Reply.of(535, "5.7.8", "Error: authentication failed"));
        assertFalse(tracker.awaitingAuthResponse());
        assertFalse(tracker.authenticated());
    }

    @Test
    void authResponseLineThatLooksLikeACommandIsStillAResponse() {
        greeted().replied("AUTH LOGIN", Reply.of(334, "VXNlcm5hbWU6"));
        tracker.replied("MAIL", Reply.of(334, "UGFzc3dvcmQ6"));
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void tlsHandshakeForgetsAuthentication() {
        greeted().replied("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", Reply.of(235, "2.7.0", "ok"));
        tracker.tlsStarted();
        assertFalse(tracker.authenticated());
    }

    @Test
    void quit221Closes() {
        greeted().replied("QUIT", Reply.of(221, "2.0.0", "Bye"));
        assertEquals(SmtpState.CLOSED, tracker.state());
        assertEquals(Set.of(), tracker.allowedNext());
    }

    @Test
    void reply421ToAnyCommandCloses() {
        inTransaction().replied("DATA", Reply.of(421, "4.7.0", "mail.example.test Error: too many errors"));
        assertEquals(SmtpState.CLOSED, tracker.state());
    }

    @Test
    void unsolicited421Closes() {
        greeted().unsolicited(Reply.of(421, "4.4.2", "mail.example.test Error: timeout exceeded"));
        assertEquals(SmtpState.CLOSED, tracker.state());
    }

    @Test
    void unknownCommandChangesNothing() {
        greeted().replied("FOO bar", Reply.of(250, "odd server"));
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void bdatLastEndsTransaction() {
        inTransaction().replied("BDAT 12 LAST", Reply.of(250, "2.0.0", "Ok: queued"));
        assertEquals(SmtpState.GREETED, tracker.state());
    }

    @Test
    void connectedAllowsOnlyAnyTimeCommands() {
        assertEquals(EnumSet.of(Verb.EHLO, Verb.HELO, Verb.RSET, Verb.NOOP, Verb.QUIT, Verb.VRFY, Verb.EXPN,
                Verb.HELP), tracker.allowedNext());
    }

    @Test
    void greetedAllowsMailAndOfferedStartTlsAndAuth() {
        assertEquals(EnumSet.of(Verb.EHLO, Verb.HELO, Verb.MAIL, Verb.RSET, Verb.NOOP, Verb.QUIT, Verb.VRFY,
                Verb.EXPN, Verb.HELP, Verb.STARTTLS, Verb.AUTH), greeted().allowedNext());
    }

    @Test
    void greetedOverTlsNoLongerAllowsStartTls() {
        tracker.tlsStarted();
        tracker.replied("EHLO client.example", EHLO_REPLY);
        assertFalse(tracker.allowedNext().contains(Verb.STARTTLS));
    }

    @Test
    void greetedAfterHeloAllowsNeitherStartTlsNorAuth() {
        tracker.replied("HELO client.example", Reply.of(250, "mail.example.test"));
        assertFalse(tracker.allowedNext().contains(Verb.STARTTLS));
        assertFalse(tracker.allowedNext().contains(Verb.AUTH));
    }

    @Test
    void rcptAllowsDataMoreRcptAndOfferedBdat() {
        Set<Verb> allowed = inTransaction().allowedNext();
        assertTrue(allowed.containsAll(EnumSet.of(Verb.RCPT, Verb.DATA, Verb.BDAT)));
        assertFalse(allowed.contains(Verb.MAIL));
    }

    @Test
    void mailAllowsRcptButNotData() {
        greeted().replied("MAIL FROM:<a@example.test>", OK);
        assertTrue(tracker.allowedNext().contains(Verb.RCPT));
        assertFalse(tracker.allowedNext().contains(Verb.DATA));
    }

    @Test
    void dataAllowsNoCommands() {
        inTransaction().replied("DATA", Reply.of(354, "go ahead"));
        assertEquals(Set.of(), tracker.allowedNext());
    }

    @Test
    void snapshotCopiesTheCurrentView() {
        StateTracker.Snapshot snapshot = greeted().snapshot();
        tracker.replied("MAIL FROM:<a@example.test>", OK);
        assertEquals(SmtpState.GREETED, snapshot.state());
        assertTrue(snapshot.allowedNext().contains(Verb.MAIL));
        assertTrue(snapshot.extended());
    }
}
