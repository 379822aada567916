package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.testing.TestClock;
import dev.smtptutor.protocol.SaslCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Users (name, password, address) from a scenario file or from code; mail kept per recipient mailbox. */
class UsersAndMailboxesTest {

    private static final String HEAD = "format_version: 1\nname: class\nsummary: users under test\n";

    private static String send(SimSession session, String line) {
        List<Reply> replies = session.replies(line);
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).toWire();
    }

    private static String plain(String user, String password) {
        return "AUTH PLAIN " + SaslCodec.base64("\0" + user + "\0" + password);
    }

    private static SimSession session(SimConfig config, MailStore store) {
        return new SimSession(config.withAuth(false, false), store);
    }

    @Test
    void aScenarioFileReplacesAliceAndBobWithItsOwnUsers() {
        Scenario scenario = ScenarioLoader.load("class.yaml", HEAD + """
                settings:
                  users:
                    - name: carol
                      password: secret
                      address: carol@example.test
                    - {name: dave, password: hunter2}
                """);
        assertEquals(List.of("carol", "dave"), scenario.config().users().names());
        assertEquals(Optional.of("dave@example.test"), scenario.config().users().named("dave").map(User::address));

        SimSession session = session(scenario.config(), new MailStore());
        send(session, "EHLO client.example");
        assertEquals("535 5.7.8 Error: authentication failed: authentication failure\r\n",
                send(session, plain("alice", "wonderland")));
        assertEquals("235 2.7.0 Authentication successful\r\n", send(session, plain("carol", "secret")));
        assertEquals(Optional.of("carol"), session.authenticatedUser());
        send(session, "MAIL FROM:<carol@example.test>");
        assertEquals("250 2.1.5 Ok\r\n", send(session, "RCPT TO:<dave@example.test>"));
        assertTrue(send(session, "RCPT TO:<alice@example.test>").startsWith("550 5.1.1"));
    }

    @Test
    void brokenUsersAreReportedWithFileAndLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("class.yaml", HEAD + """
                settings:
                  users:
                    - {name: carol, password: one}
                    - {name: carol, password: two}
                    - {name: erin}
                """));
        assertEquals(List.of("class.yaml:7: duplicate user name 'carol' (first on line 6)",
                "class.yaml:8: missing key 'password'"), e.problems());
    }

    @Test
    void usersFromCodeLogInByNameOrAddress() {
        Users roster = Users.builder().add("s01", "pa-ri-to", "s01@example.test").add("s02", "mo-ne-ka", "s02@example.test")
                .build();
        SimConfig config = SimConfig.defaults().toBuilder().users(roster).build();
        SimSession session = session(config, new MailStore());
        send(session, "EHLO s01");
        assertEquals("235 2.7.0 Authentication successful\r\n", send(session, plain("s01@example.test", "pa-ri-to")));
        assertEquals(Optional.of("s01"), session.authenticatedUser());
    }

    @Test
    void eachRecipientHasItsOwnMailboxAndTheGlobalViewKeepsEverything() {
        MailStore store = new MailStore(2);
        SimSession session = session(SimConfig.defaults(), store);
        send(session, "EHLO client.example");
        deliver(session, "alice@example.test");
        for (int i = 0; i < 3; i++) {
            deliver(session, "bob@example.test");
        }
        assertEquals(1, store.mailbox("ALICE@example.test").size(), "bob's mail never pushes alice's out");
        assertEquals(2, store.mailbox("bob@example.test").size());
        assertEquals(2, store.messages().size());
        assertEquals(Set.of("alice@example.test", "bob@example.test"), store.mailboxes());
    }

    private static void deliver(SimSession session, String to) {
        send(session, "MAIL FROM:<carol@elsewhere.test>");
        send(session, "RCPT TO:<" + to + ">");
        send(session, "DATA");
        send(session, "Subject: hi");
        send(session, "");
        assertTrue(send(session, ".").startsWith("250 2.0.0 Ok: queued as "));
    }

    @Test
    void twoClientsBehindOneAddressWithDifferentUsersKeepSeparateGreylistState() {
        Scenario scenario = ScenarioLoader.load("grey.yaml", HEAD + """
                settings:
                  auth_requires_tls: false
                rules:
                  - when: {command: RCPT, attempt: 1}
                    then: {reply: "451 4.7.1 greylisted"}
                """);
        Simulation simulation = new Simulation(scenario, new MailStore(), new AttemptLog(),
                new dev.smtptutor.testing.TestClock(java.time.Instant.parse("2025-11-22T10:00:00Z")));
        SimSession alice = loggedIn(simulation, "alice", "wonderland");
        assertEquals("451 4.7.1 greylisted\r\n", send(alice, "RCPT TO:<carol@elsewhere.test>"));
        SimSession bob = loggedIn(simulation, "bob", "builder");
        assertEquals("451 4.7.1 greylisted\r\n", send(bob, "RCPT TO:<carol@elsewhere.test>"),
                "bob's first try is his own, though alice tried from the same address");
        SimSession aliceAgain = loggedIn(simulation, "alice", "wonderland");
        assertEquals("250 2.1.5 Ok\r\n", send(aliceAgain, "RCPT TO:<carol@elsewhere.test>"));
    }

    private static SimSession loggedIn(Simulation simulation, String user, String password) {
        SimSession session = new SimSession(simulation, "127.0.0.1");
        send(session, "EHLO localhost");
        assertEquals("235 2.7.0 Authentication successful\r\n", send(session, plain(user, password)));
        send(session, "MAIL FROM:<" + user + "@example.test>");
        return session;
    }

    @Test
    void theDeliverySinkHearsOfEachMessageBeforeThe250AndMayAddANote() {
        MailStore store = new MailStore();
        List<String> heard = new ArrayList<>();
        DeliverySink sink = (message, mailboxes) -> {
            heard.add(mailboxes + " stored before: " + store.size());
            return Optional.of("exercise 1: 3 of 4\r\n(missing: Subject)");
        };
        SimSession session = new SimSession(new Simulation(Scenario.of(SimConfig.defaults()), store, sink,
                new AttemptLog(), java.time.Clock.systemUTC()), "127.0.0.1");
        send(session, "EHLO client.example");
        send(session, "MAIL FROM:<carol@elsewhere.test>");
        send(session, "RCPT TO:<alice@example.test>");
        send(session, "RCPT TO:<bob@example.test>");
        send(session, "DATA");
        String reply = send(session, ".");
        assertEquals(List.of("[alice@example.test, bob@example.test] stored before: 0"), heard);
        assertEquals("250 2.0.0 Ok: queued as 0000000001; exercise 1: 3 of 4  (missing: Subject)\r\n", reply);
        assertEquals(1, store.size());
    }

    @Test
    void aSinkThatCannotMakeTheMessageDurableGets451AndNothingIsKept() {
        MailStore store = new MailStore();
        DeliverySink full = (message, mailboxes) -> {
            throw new IOException("No space left on device");
        };
        SimSession session = new SimSession(new Simulation(Scenario.of(SimConfig.defaults()), store, full,
                new AttemptLog(), java.time.Clock.systemUTC()), "127.0.0.1");
        send(session, "EHLO client.example");
        send(session, "MAIL FROM:<carol@elsewhere.test>");
        send(session, "RCPT TO:<alice@example.test>");
        send(session, "DATA");
        assertEquals("451 4.3.0 Error: queue file write error\r\n", send(session, "."));
        assertEquals(0, store.size());
        assertEquals(List.of(), store.mailbox("alice@example.test"));
        assertEquals("250 2.1.0 Ok\r\n", send(session, "MAIL FROM:<carol@elsewhere.test>"), "the session goes on");
    }
}
