package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.protocol.SmtpState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session state machine, driven line by line with no socket. */
class SimSessionTest {

    private final MailStore store = new MailStore();
    private SimSession session = new SimSession(SimConfig.defaults(), store);

    private String send(String line) {
        List<Reply> replies = session.replies(line);
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).toWire();
    }

    private void greetWithTls() {
        send("EHLO client.example");
        send("STARTTLS");
        session.tlsStarted();
        send("EHLO client.example");
    }

    @Test
    void greetingIsThe220Banner() {
        Reply banner = SimSession.repliesOf(session.greet()).get(0);
        assertEquals("220 mail.example.test ESMTP smtp-tutor simulator\r\n", banner.toWire());
    }

    @Test
    void ehloListsExtensionsBeforeTls() {
        assertEquals("250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n"
                + "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250-CHUNKING\r\n250 HELP\r\n",
                send("EHLO client.example"));
        assertEquals(SmtpState.GREETED, session.state());
    }

    @Test
    void afterTlsEhloOffersAuthAndNoLongerStarttls() {
        greetWithTls();
        assertEquals("250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN CRAM-MD5\r\n"
                + "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250-CHUNKING\r\n250 HELP\r\n",
                send("EHLO client.example"));
    }

    @Test
    void heloAnswersWithTheHostNameOnly() {
        assertEquals("250 mail.example.test\r\n", send("HELO client.example"));
    }

    @Test
    void wholeTransactionStoresTheMessageWithItsEnvelope() {
        send("EHLO client.example");
        assertEquals("250 2.1.0 Ok\r\n", send("MAIL FROM:<alice@example.test>"));
        assertEquals(SmtpState.MAIL, session.state());
        assertEquals("250 2.1.5 Ok\r\n", send("RCPT TO:<bob@example.test>"));
        assertEquals(SmtpState.RCPT, session.state());
        assertEquals("354 End data with <CR><LF>.<CR><LF>\r\n", send("DATA"));
        assertEquals(SmtpState.DATA, session.state());
        assertEquals("", send("Subject: hi"));
        assertEquals("", send(""));
        assertEquals("", send("..leading dot"));
        assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", send("."));
        assertEquals(SmtpState.GREETED, session.state());
        StoredMessage message = store.latest().orElseThrow();
        assertEquals("Subject: hi\r\n\r\n.leading dot\r\n", message.contentAsText());
        assertEquals("alice@example.test", message.envelope().sender().address());
        assertEquals("bob@example.test", message.envelope().recipientPaths().get(0).address());
        assertEquals("client.example", message.heloName());
    }

    @Test
    void mailBeforeEhloGets503() {
        assertEquals("503 5.5.1 Error: send HELO/EHLO first\r\n", send("MAIL FROM:<alice@example.test>"));
    }

    @Test
    void rcptBeforeMailGets503() {
        send("EHLO c");
        assertEquals("503 5.5.1 Error: need MAIL command\r\n", send("RCPT TO:<bob@example.test>"));
    }

    @Test
    void dataBeforeRcptGets503() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        assertEquals("503 5.5.1 Error: need RCPT command\r\n", send("DATA"));
    }

    @Test
    void nestedMailGets503() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        assertEquals("503 5.5.1 Error: nested MAIL command\r\n", send("MAIL FROM:<alice@example.test>"));
    }

    @Test
    void unknownCommandGets500() {
        assertEquals("500 5.5.2 Error: command not recognized\r\n", send("HELLO"));
    }

    @Test
    void bdatWithoutChunkingGets521AndCloses() {
        // The octets after it would be read as commands, so Postfix hangs up; so do we.
        session = new SimSession(SimConfig.defaults().toBuilder().chunking(false).build(), store);
        send("EHLO c");
        List<SessionAction> actions = session.handle(InputLine.of("BDAT 10 LAST"));
        assertEquals("521 5.5.1 Error: command not implemented\r\n", SimSession.repliesOf(actions).get(0).toWire());
        assertInstanceOf(SessionAction.Close.class, actions.get(1));
    }

    @Test
    void syntaxErrorsGet501() {
        assertEquals("501 5.5.4 Syntax: EHLO hostname\r\n", send("EHLO"));
        send("EHLO c");
        assertEquals("501 5.1.7 Bad sender address syntax\r\n", send("MAIL FROM:<not an address>"));
        send("MAIL FROM:<>");
        assertEquals("501 5.1.3 Bad recipient address syntax\r\n", send("RCPT TO:<bob@>"));
    }

    @Test
    void unknownLocalUserGets550With511() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        assertEquals("550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table\r\n",
                send("RCPT TO:<nobody@example.test>"));
    }

    @Test
    void foreignDomainIsRelayDeniedUnlessAuthenticated() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        assertEquals("554 5.7.1 <friend@elsewhere.example>: Relay access denied\r\n",
                send("RCPT TO:<friend@elsewhere.example>"));
    }

    @Test
    void authenticatedUserMayAddressOtherDomains() {
        greetWithTls();
        assertEquals("235 2.7.0 Authentication successful\r\n", send("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland")));
        send("MAIL FROM:<alice@example.test>");
        assertEquals("250 2.1.5 Ok\r\n", send("RCPT TO:<friend@elsewhere.example>"));
    }

    @Test
    void postmasterIsAlwaysAccepted() {
        send("EHLO c");
        send("MAIL FROM:<>");
        assertEquals("250 2.1.5 Ok\r\n", send("RCPT TO:<Postmaster>"));
        assertEquals("250 2.1.5 Ok\r\n", send("RCPT TO:<postmaster@example.test>"));
    }

    @Test
    void tooManyRecipientsGets452() {
        session = new SimSession(SimConfig.defaults().withLimits(10_240_000, 2), store);
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("RCPT TO:<bob@example.test>");
        send("RCPT TO:<alice@example.test>");
        assertEquals("452 4.5.3 Error: too many recipients\r\n", send("RCPT TO:<postmaster@example.test>"));
    }

    @Test
    void declaredSizeOverTheLimitGets552() {
        send("EHLO c");
        assertEquals("552 5.3.4 Message size exceeds fixed limit\r\n",
                send("MAIL FROM:<alice@example.test> SIZE=10240001"));
        assertEquals("250 2.1.0 Ok\r\n", send("MAIL FROM:<alice@example.test> SIZE=10240000"));
    }

    @Test
    void badParametersAreRefused() {
        send("EHLO c");
        assertEquals("501 5.5.4 Bad message size syntax\r\n", send("MAIL FROM:<a@example.test> SIZE=big"));
        assertEquals("501 5.5.4 Usage: BODY=(7BIT|8BITMIME)\r\n", send("MAIL FROM:<a@example.test> BODY=BINARYMIME"));
        assertEquals("555 5.5.4 Unsupported option: FOO\r\n", send("MAIL FROM:<a@example.test> FOO=1"));
    }

    @Test
    void nonAsciiAddressNeedsSmtputf8() {
        send("EHLO c");
        assertEquals("553 5.6.7 Must declare SMTPUTF8 to send unicode address\r\n", send("MAIL FROM:<jösé@example.test>"));
        assertEquals("250 2.1.0 Ok\r\n", send("MAIL FROM:<jösé@example.test> SMTPUTF8"));
    }

    @Test
    void messageOverTheSizeLimitGets552AfterTheDot() {
        session = new SimSession(SimConfig.defaults().withLimits(20, 100), store);
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("RCPT TO:<bob@example.test>");
        send("DATA");
        send("0123456789");
        send("0123456789");
        assertEquals("552 5.3.4 Error: message file too big\r\n", send("."));
        assertEquals(0, store.size());
    }

    @Test
    void messageLineOver1000OctetsFailsAfterTheDot() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("RCPT TO:<bob@example.test>");
        send("DATA");
        assertEquals("", send("x".repeat(998)));
        assertEquals("", send("y".repeat(999)));
        assertEquals("500 5.5.2 Error: message has a line longer than 1000 octets (RFC 5321 section 4.5.3.1.6)\r\n",
                send("."));
        assertEquals(SmtpState.GREETED, session.state());
        assertEquals(0, store.size());
    }

    @Test
    void commandLineOver512OctetsGets500() {
        assertEquals("500 5.5.2 Error: line too long\r\n", send("NOOP " + "x".repeat(506)));
        assertEquals("250 2.0.0 Ok\r\n", send("NOOP " + "x".repeat(505)));
    }

    @Test
    void bareLfInDataIsRefusedAndTheConnectionCloses() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("RCPT TO:<bob@example.test>");
        send("DATA");
        byte[] line = "smuggled".getBytes(StandardCharsets.US_ASCII);
        List<SessionAction> actions = session.handle(new InputLine(line, InputLine.Ending.BARE_LF, line.length));
        assertEquals("521 5.5.2 mail.example.test Error: bare <LF> received\r\n",
                SimSession.repliesOf(actions).get(0).toWire());
        assertInstanceOf(SessionAction.Close.class, actions.get(1));
        assertEquals(SmtpState.CLOSED, session.state());
    }

    @Test
    void bareCrInDataIsRefused() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("RCPT TO:<bob@example.test>");
        send("DATA");
        assertEquals("521 5.5.2 mail.example.test Error: bare <CR> received\r\n", send("a\rb"));
    }

    @Test
    void rsetAbortsTheTransaction() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        assertEquals("250 2.0.0 Ok\r\n", send("RSET"));
        assertEquals(SmtpState.GREETED, session.state());
        assertEquals("503 5.5.1 Error: need MAIL command\r\n", send("RCPT TO:<bob@example.test>"));
    }

    @Test
    void ehloInTheMiddleOfATransactionResetsIt() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("EHLO c");
        assertEquals(SmtpState.GREETED, session.state());
        assertEquals("250 2.1.0 Ok\r\n", send("MAIL FROM:<alice@example.test>"));
    }

    @Test
    void noopAndQuit() {
        assertEquals("250 2.0.0 Ok\r\n", send("NOOP"));
        List<SessionAction> actions = session.handle(InputLine.of("QUIT"));
        assertEquals("221 2.0.0 Bye\r\n", SimSession.repliesOf(actions).get(0).toWire());
        assertInstanceOf(SessionAction.Close.class, actions.get(1));
        assertEquals(SmtpState.CLOSED, session.state());
    }

    @Test
    void starttlsAsksForTheHandshakeAndResetsTheSession() {
        send("EHLO c");
        List<SessionAction> actions = session.handle(InputLine.of("STARTTLS"));
        assertEquals("220 2.0.0 Ready to start TLS\r\n", SimSession.repliesOf(actions).get(0).toWire());
        assertInstanceOf(SessionAction.StartTls.class, actions.get(1));
        session.tlsStarted();
        assertEquals(SmtpState.CONNECTED, session.state());
        assertEquals("503 5.5.1 Error: send HELO/EHLO first\r\n", send("MAIL FROM:<alice@example.test>"));
        send("EHLO c");
        assertEquals("554 5.5.1 Error: TLS already active\r\n", send("STARTTLS"));
    }

    @Test
    void starttlsInsideATransactionIsRefused() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        assertEquals("503 5.5.1 Error: MAIL transaction in progress\r\n", send("STARTTLS"));
    }

    @Test
    void authBeforeTlsIsNotEnabled() {
        send("EHLO c");
        assertEquals("503 5.5.1 Error: authentication not enabled\r\n", send("AUTH PLAIN"));
    }

    @Test
    void authPlainWithEmptyChallenge() {
        greetWithTls();
        assertEquals("334 \r\n", send("AUTH PLAIN"));
        assertTrue(session.awaitingAuthResponse());
        assertEquals("235 2.7.0 Authentication successful\r\n", send(SaslCodec.plain("bob", "builder")));
        assertEquals("bob", session.authenticatedUser().orElseThrow());
        assertEquals("503 5.5.1 Error: already authenticated\r\n", send("AUTH PLAIN"));
    }

    @Test
    void authLoginAsksForUsernameThenPassword() {
        greetWithTls();
        assertEquals("334 VXNlcm5hbWU6\r\n", send("AUTH LOGIN"));
        assertEquals("334 UGFzc3dvcmQ6\r\n", send(SaslCodec.base64("alice@example.test")));
        assertEquals("235 2.7.0 Authentication successful\r\n", send(SaslCodec.base64("wonderland")));
    }

    @Test
    void authCramMd5VerifiesTheHmac() {
        greetWithTls();
        String challengeLine = send("AUTH CRAM-MD5");
        assertTrue(challengeLine.startsWith("334 "));
        String challenge = SaslCodec.unbase64(challengeLine.substring(4).strip()).orElseThrow();
        assertTrue(challenge.matches("<\\d+\\.\\d+@mail\\.example\\.test>"), challenge);
        assertEquals("235 2.7.0 Authentication successful\r\n",
                send(SaslCodec.cramMd5Response("alice", "wonderland", challenge)));
    }

    @Test
    void wrongPasswordGets535() {
        greetWithTls();
        assertEquals("535 5.7.8 Error: authentication failed: authentication failure\r\n",
                send("AUTH PLAIN " + SaslCodec.plain("alice", "guess")));
        assertTrue(session.authenticatedUser().isEmpty());
    }

    @Test
    void authCanBeCancelledWithAStar() {
        greetWithTls();
        send("AUTH LOGIN");
        assertEquals("501 5.7.0 Authentication aborted\r\n", send("*"));
        assertEquals("250 2.0.0 Ok\r\n", send("NOOP"));
    }

    @Test
    void authAnswerThatIsNotBase64Gets501() {
        greetWithTls();
        send("AUTH LOGIN");
        assertEquals("501 5.5.2 Cannot decode response\r\n", send("not base64!"));
    }

    @Test
    void unknownMechanismGets504() {
        greetWithTls();
        assertEquals("504 5.5.4 Unrecognized authentication type\r\n", send("AUTH GSSAPI"));
    }

    @Test
    void authRequiredScenarioRefusesMailWithout530() {
        session = new SimSession(SimConfig.defaults().withAuth(true, true), store);
        send("EHLO c");
        assertEquals("530 5.7.0 Authentication required\r\n", send("MAIL FROM:<alice@example.test>"));
    }

    @Test
    void tlsRequiredScenarioRefusesMailBeforeStarttls() {
        session = new SimSession(SimConfig.defaults().withTls(true, true), store);
        send("EHLO c");
        assertEquals("530 5.7.0 Must issue a STARTTLS command first\r\n", send("MAIL FROM:<alice@example.test>"));
        assertEquals("250 2.0.0 Ok\r\n", send("NOOP"));
    }

    @Test
    void vrfyAnswers252ByDefault() {
        assertEquals("252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery\r\n", send("VRFY alice"));
        assertEquals("252 2.0.0 Cannot VRFY user, but will accept message and attempt delivery\r\n", send("EXPN team"));
    }

    @Test
    void vrfyAndExpnAnswerTruthfullyWhenEnabled() {
        session = new SimSession(SimConfig.defaults().withVrfyPolicy(VrfyPolicy.ANSWER), store);
        assertEquals("250 2.1.5 Alice <alice@example.test>\r\n", send("VRFY alice"));
        assertEquals("550 5.1.1 <zed>: Recipient address rejected: User unknown in local recipient table\r\n", send("VRFY zed"));
        assertEquals("250-2.1.5 <alice@example.test>\r\n250 2.1.5 <bob@example.test>\r\n", send("EXPN team"));
    }

    @Test
    void vrfyCanBeDisabled() {
        session = new SimSession(SimConfig.defaults().withVrfyPolicy(VrfyPolicy.DISABLED), store);
        assertEquals("502 5.5.1 VRFY command is disabled\r\n", send("VRFY alice"));
    }

    @Test
    void helpListsCommandsAndExplainsOne() {
        assertEquals("214-2.0.0 Commands: EHLO HELO MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY EXPN HELP STARTTLS AUTH\r\n"
                + "214 2.0.0 HELP <command> shows its syntax\r\n", send("HELP"));
        // The syntax agrees with the command reference (commands.tsv); the verb table adds the parameters.
        assertEquals("214 2.0.0 RCPT TO:<address> [NOTIFY=NEVER|SUCCESS,FAILURE,DELAY] [ORCPT=rfc822;address]\r\n",
                send("help rcpt"));
    }

    @Test
    void twentyFailedCommandsInARowEndTheSessionWith421() {
        for (int i = 1; i < 20; i++) {
            assertEquals("500 5.5.2 Error: command not recognized\r\n", send("JUNK"));
        }
        List<Reply> last = session.replies("JUNK");
        assertEquals(2, last.size());
        assertEquals("421 4.7.0 mail.example.test Error: too many errors\r\n", last.get(1).toWire());
        assertEquals(SmtpState.CLOSED, session.state());
    }

    @Test
    void aGoodCommandResetsTheErrorCount() {
        for (int i = 0; i < 19; i++) {
            send("JUNK");
        }
        send("NOOP");
        for (int i = 0; i < 19; i++) {
            assertEquals("500 5.5.2 Error: command not recognized\r\n", send("JUNK"));
        }
        assertEquals(SmtpState.CONNECTED, session.state());
    }

    @Test
    void timeoutAndShutdownSay421AndClose() {
        assertEquals("421 4.4.2 mail.example.test Error: timeout exceeded\r\n",
                SimSession.repliesOf(session.timeout()).get(0).toWire());
        SimSession other = new SimSession(SimConfig.defaults(), store);
        assertEquals("421 4.3.2 mail.example.test Service shutting down, closing transmission channel\r\n",
                SimSession.repliesOf(other.shutdown()).get(0).toWire());
    }
}
