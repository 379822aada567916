package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a scenario's rules act on a session, driven line by line with no socket. */
class ScenarioRulesTest {

    private static final String HEAD = "format_version: 1\nname: test\nsummary: rules under test\n";

    private final TestClock clock = new TestClock(Instant.parse("2025-11-22T10:00:00Z"));
    private final MailStore store = new MailStore();

    private Simulation simulation(String yaml) {
        return new Simulation(ScenarioLoader.load("test.yaml", HEAD + yaml), store, new AttemptLog(), clock);
    }

    private static String send(SimSession session, String line) {
        List<Reply> replies = session.replies(line);
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).toWire();
    }

    private static SimSession inTransaction(Simulation simulation, String client) {
        SimSession session = new SimSession(simulation, client);
        send(session, "EHLO c");
        send(session, "MAIL FROM:<alice@example.test>");
        return session;
    }

    @Test
    void theFirstMatchingRuleWins() {
        SimSession session = inTransaction(simulation("""
                rules:
                  - when: {command: RCPT, address: "bob@*"}
                    then: {reply: "450 4.2.1 <{address}>: busy"}
                  - when: {command: RCPT}
                    then: {reply: "550 5.7.1 <{address}>: nobody here on {host}"}
                """), "192.0.2.1");
        assertEquals("450 4.2.1 <bob@example.test>: busy\r\n", send(session, "RCPT TO:<bob@example.test>"));
        assertEquals("550 5.7.1 <alice@example.test>: nobody here on mail.example.test\r\n",
                send(session, "RCPT TO:<alice@example.test>"));
        assertEquals(SmtpState.MAIL, session.state());
    }

    @Test
    void aRuleNeverHidesTheReplyToACommandOutOfSequence() {
        SimSession session = new SimSession(simulation("""
                rules:
                  - when: {command: RCPT}
                    then: {reply: "451 4.7.1 later"}
                """), "192.0.2.1");
        send(session, "EHLO c");
        assertEquals("503 5.5.1 Error: need MAIL command\r\n", send(session, "RCPT TO:<bob@example.test>"));
    }

    @Test
    void anExplicitStateNarrowsTheRule() {
        SimSession session = new SimSession(simulation("""
                rules:
                  - when: {command: NOOP, state: mail}
                    then: {reply: "421 4.4.2 {host} Error: too slow"}
                """), "192.0.2.1");
        assertEquals("250 2.0.0 Ok\r\n", send(session, "NOOP"));
        send(session, "EHLO c");
        send(session, "MAIL FROM:<alice@example.test>");
        List<SessionAction> actions = session.handle(InputLine.of("NOOP"));
        assertEquals("421 4.4.2 mail.example.test Error: too slow\r\n", SimSession.repliesOf(actions).get(0).toWire());
        assertInstanceOf(SessionAction.Close.class, actions.get(1)); // RFC 5321 §3.8: 421 closes
        assertEquals(SmtpState.CLOSED, session.state());
    }

    @Test
    void attemptsAreCountedPerClientSenderAndRecipientAcrossSessions() {
        Simulation simulation = simulation("""
                rules:
                  - when: {command: RCPT, attempt: 1}
                    then: {reply: "451 4.7.1 first try"}
                """);
        SimSession first = inTransaction(simulation, "192.0.2.1");
        assertEquals("451 4.7.1 first try\r\n", send(first, "RCPT TO:<bob@example.test>"));
        SimSession second = inTransaction(simulation, "192.0.2.1");
        assertEquals("250 2.1.5 Ok\r\n", send(second, "RCPT TO:<bob@example.test>"));
        assertEquals("451 4.7.1 first try\r\n", send(second, "RCPT TO:<alice@example.test>"));
        SimSession otherClient = inTransaction(simulation, "198.51.100.7");
        assertEquals("451 4.7.1 first try\r\n", send(otherClient, "RCPT TO:<bob@example.test>"));
    }

    @Test
    void aRetrySoonerThanTheRetryDelayCountsAsTheFirstAttemptAgain() {
        SimSession session = inTransaction(simulation("""
                rules:
                  - when: {command: RCPT, attempt: 1, retry_delay: 5m}
                    then: {reply: "451 4.7.1 greylisted"}
                  - when: {command: RCPT, attempt: 4}
                    then: {reply: "452 4.5.3 fourth time"}
                """), "192.0.2.1");
        // The second rule has no retry delay: it counts every try, early retries included.
        assertEquals("451 4.7.1 greylisted\r\n", send(session, "RCPT TO:<bob@example.test>"));
        clock.advance(Duration.ofSeconds(299));
        assertEquals("451 4.7.1 greylisted\r\n", send(session, "RCPT TO:<bob@example.test>"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("250 2.1.5 Ok\r\n", send(session, "RCPT TO:<bob@example.test>"));
        assertEquals("452 4.5.3 fourth time\r\n", send(session, "RCPT TO:<bob@example.test>"));
        assertEquals("250 2.1.5 Ok\r\n", send(session, "RCPT TO:<bob@example.test>"));
    }

    @Test
    void aDelayAloneComesAsAPauseBeforeTheNormalReply() {
        SimSession session = new SimSession(simulation("""
                rules:
                  - when: {command: CONNECT}
                    then: {delay: 3s}
                  - when: {command: "*", tls: false}
                    then: {delay: 250ms}
                """), "192.0.2.1");
        assertEquals(List.of(new SessionAction.Pause(Duration.ofSeconds(3)),
                SessionAction.send(Replies.banner("mail.example.test"))), session.greet());
        assertEquals(List.of(new SessionAction.Pause(Duration.ofMillis(250)), SessionAction.send(Replies.OK)),
                session.handle(InputLine.of("NOOP")));
    }

    @Test
    void aDisconnectClosesWithoutAReply() {
        SimSession session = inTransaction(simulation("""
                rules:
                  - when: {command: DATA}
                    then: {disconnect: true}
                """), "192.0.2.1");
        send(session, "RCPT TO:<bob@example.test>");
        assertEquals(List.of(new SessionAction.Close()), session.handle(InputLine.of("DATA")));
        assertEquals(SmtpState.CLOSED, session.state());
    }

    @Test
    void aMessageRuleRefusesAfterTheDotAndNothingIsStored() {
        SimSession session = inTransaction(simulation("""
                rules:
                  - when: {command: MESSAGE, address: "bob@*"}
                    then: {reply: "554 5.7.1 <{address}>: message content rejected"}
                """), "192.0.2.1");
        send(session, "RCPT TO:<alice@example.test>");
        send(session, "RCPT TO:<bob@example.test>");
        send(session, "DATA");
        send(session, "Subject: spam");
        assertEquals("554 5.7.1 <bob@example.test>: message content rejected\r\n", send(session, "."));
        assertEquals(SmtpState.GREETED, session.state());
        assertEquals(0, store.size());
    }

    @Test
    void aRuleAnsweringBdatStillReadsTheChunkFirst() {
        SimSession session = inTransaction(simulation("""
                rules:
                  - when: {command: BDAT}
                    then: {reply: "554 5.7.1 no chunks today"}
                """), "192.0.2.1");
        send(session, "RCPT TO:<bob@example.test>");
        assertEquals(List.of(new SessionAction.ReadOctets(4)), session.handle(InputLine.of("BDAT 4 LAST")));
        assertEquals("554 5.7.1 no chunks today\r\n", SimSession.repliesOf(session.octets(new byte[4])).get(0).toWire());
        assertEquals("250 2.1.0 Ok\r\n", send(session, "MAIL FROM:<alice@example.test>"));
    }

    @Test
    void testAddressesAskForTheirOwnReply() {
        SimSession session = inTransaction(Simulation.of(Scenarios.defaultScenario(), store), "192.0.2.1");
        assertEquals("550 5.0.0 <550@example.test>: Recipient address rejected: the test address asked for 550\r\n",
                send(session, "RCPT TO:<550@example.test>"));
        assertEquals("451 4.7.1 <451.4.7.1@elsewhere.example>: Recipient address rejected: the test address asked for 451\r\n",
                send(session, "RCPT TO:<451.4.7.1@elsewhere.example>"));
        // An enhanced code of another class than the reply's is no test address, just an unknown user.
        assertEquals("550 5.1.1 <451.5.7.1@example.test>: Recipient address rejected: User unknown in local recipient table\r\n",
                send(session, "RCPT TO:<451.5.7.1@example.test>"));
    }

    @Test
    void aTestSender421ClosesTheConnection() {
        SimSession session = new SimSession(Simulation.of(Scenarios.defaultScenario(), store), "192.0.2.1");
        send(session, "EHLO c");
        List<SessionAction> actions = session.handle(InputLine.of("MAIL FROM:<421.4.3.2@example.test>"));
        assertEquals("421 4.3.2 <421.4.3.2@example.test>: Sender address rejected: the test address asked for 421\r\n",
                SimSession.repliesOf(actions).get(0).toWire());
        assertInstanceOf(SessionAction.Close.class, actions.get(1));
    }

    @Test
    void testAddressesWinOverTheScenariosReplyButKeepItsDelay() {
        SimSession session = inTransaction(simulation("""
                rules:
                  - when: {command: RCPT}
                    then: {delay: 1s, reply: "451 4.7.1 greylisted"}
                """), "192.0.2.1");
        assertEquals(List.of(new SessionAction.Pause(Duration.ofSeconds(1)), SessionAction.send(Reply.of(552, "5.2.2",
                        "<552.5.2.2@example.test>: Recipient address rejected: the test address asked for 552"))),
                session.handle(InputLine.of("RCPT TO:<552.5.2.2@example.test>")));
    }
}
