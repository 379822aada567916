package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.testing.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every built-in scenario over a real socket: a typical session, every reply byte for byte, exactly
 * as a learner's telnet or a class's swaks sees it.
 */
class BuiltInScenariosTest {

    private static final String BANNER = "220 mail.example.test ESMTP smtp-tutor simulator\r\n";
    private static final String EHLO_BEFORE_TLS = "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
            + "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250-CHUNKING\r\n"
            + "250 HELP\r\n";
    private static final String EHLO_AFTER_TLS = "250-mail.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
            + "250-AUTH PLAIN LOGIN CRAM-MD5\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n"
            + "250-CHUNKING\r\n250 HELP\r\n";
    private static final String SENDER_OK = "250 2.1.0 Ok\r\n";
    private static final String RECIPIENT_OK = "250 2.1.5 Ok\r\n";
    private static final String GO_AHEAD = "354 End data with <CR><LF>.<CR><LF>\r\n";
    private static final String BYE = "221 2.0.0 Bye\r\n";

    private final TestClock clock = new TestClock(Instant.parse("2025-11-22T10:00:00Z"));
    private final List<SimServer> servers = new ArrayList<>();

    private SimServer start(Scenario scenario) throws IOException {
        SimServer server = SimServer.builder().scenario(scenario).clock(clock).port(0).start();
        servers.add(server);
        return server;
    }

    private SimServer start(String name) throws IOException {
        return start(Scenarios.builtIn(name));
    }

    @AfterEach
    void stop() {
        servers.forEach(SimServer::close);
    }

    /** STARTTLS, then EHLO again over TLS; returns the EHLO reply. */
    private static String upgrade(RawClient client, SimServer server) throws IOException {
        assertEquals("220 2.0.0 Ready to start TLS\r\n", client.ask("STARTTLS"));
        client.startTls(server.tls().clientContext());
        return client.ask("EHLO client.example");
    }

    @Test
    void defaultDeliversLocalMailAndRefusesToRelayForStrangers() throws IOException {
        SimServer server = start("default");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("554 5.7.1 <friend@elsewhere.example>: Relay access denied\r\n",
                    client.ask("RCPT TO:<friend@elsewhere.example>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: hi\r\n\r\nHello Bob\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
            assertTrue(client.closedByServer());
        }
        assertEquals(SimConfig.defaults(), server.config());
    }

    @Test
    void authRequiredRefusesMailUntilAuthAfterStarttls() throws IOException {
        SimServer server = start("auth-required");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals("530 5.7.0 Authentication required\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("503 5.5.1 Error: authentication not enabled\r\n",
                    client.ask("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland")));
            assertEquals(EHLO_AFTER_TLS, upgrade(client, server));
            assertEquals("530 5.7.0 Authentication required\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("235 2.7.0 Authentication successful\r\n",
                    client.ask("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland")));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<friend@elsewhere.example>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: hi\r\n\r\nsent\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
        }
        assertEquals("alice", server.store().latest().orElseThrow().authenticatedUser().orElseThrow());
    }

    @Test
    void modernAuthTakesTheTestTokenAndAnswersABadOneWithTheErrorJsonThen535() throws IOException {
        SimServer server = start("modern-auth");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals("530 5.7.0 Authentication required\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            String afterTls = upgrade(client, server);
            assertEquals(EHLO_AFTER_TLS.replace("250-AUTH PLAIN LOGIN CRAM-MD5\r\n", "250-AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2\r\n"),
                    afterTls);
            assertEquals("334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\r\n",
                    client.ask("AUTH XOAUTH2 " + SaslCodec.base64("user=alice@example.test\u0001auth=Bearer expired-token\u0001\u0001")));
            assertEquals("535 5.7.8 Username and Password not accepted\r\n", client.ask(""));
            assertEquals("235 2.7.0 Authentication successful\r\n", client.ask("AUTH XOAUTH2 "
                    + SaslCodec.base64("user=alice@example.test\u0001auth=Bearer smtp-tutor-test-token\u0001\u0001")));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(BYE, client.ask("QUIT"));
        }
    }

    @Test
    void tlsRequiredRefusesMailCommandsBeforeStarttls() throws IOException {
        SimServer server = start("tls-required");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals("530 5.7.0 Must issue a STARTTLS command first\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("530 5.7.0 Must issue a STARTTLS command first\r\n", client.ask("VRFY bob"));
            assertEquals("250 2.0.0 Ok\r\n", client.ask("NOOP"));
            assertEquals(EHLO_AFTER_TLS, upgrade(client, server));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: hi\r\n\r\nprivate\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
        }
        assertTrue(server.store().latest().orElseThrow().tls());
    }

    @Test
    void greylistRefusesTheFirstTryAndEarlyRetriesThenAcceptsARetryAfterTheDelay() throws IOException {
        SimServer server = start("greylist");
        String greylisted = "451 4.7.1 <bob@example.test>: Recipient address rejected: Greylisted, try again in 10 seconds\r\n";
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(greylisted, client.ask("RCPT TO:<bob@example.test>"));
            clock.advance(Duration.ofSeconds(9));
            assertEquals(greylisted, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("503 5.5.1 Error: need RCPT command\r\n", client.ask("DATA"));
            assertEquals(BYE, client.ask("QUIT"));
        }
        clock.advance(Duration.ofSeconds(1));
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("451 4.7.1 <alice@example.test>: Recipient address rejected: Greylisted, try again in 10 seconds\r\n",
                    client.ask("RCPT TO:<alice@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: retried\r\n\r\nhi\r\n."));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(BYE, client.ask("QUIT"));
        }
    }

    @Test
    void mailboxFullRefusesBobAtRcptAndAliceAfterTheDot() throws IOException {
        SimServer server = start("mailbox-full");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<carol@example.test>"));
            assertEquals("452 4.2.2 <bob@example.test>: Recipient address rejected: Mailbox full, try again later\r\n",
                    client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<alice@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("552 5.2.2 <alice@example.test>: Mailbox full: the message exceeds the recipient's quota\r\n",
                    client.ask("Subject: big\r\n\r\nfor alice\r\n."));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<carol@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<postmaster@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: quota\r\n\r\nhelp\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
        }
        assertEquals(1, server.store().size());
    }

    @Test
    void rejectRelayRefusesOtherDomainsEvenAfterAuth() throws IOException {
        SimServer server = start("reject-relay");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(EHLO_AFTER_TLS, upgrade(client, server));
            assertEquals("235 2.7.0 Authentication successful\r\n",
                    client.ask("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland")));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("554 5.7.1 <friend@elsewhere.example>: Relay access denied\r\n",
                    client.ask("RCPT TO:<friend@elsewhere.example>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: hi\r\n\r\nlocal only\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
        }
    }

    @Test
    void sizeLimitIsAnnouncedDeclaredAndEnforced() throws IOException {
        SimServer server = start("size-limit");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS.replace("SIZE 10240000", "SIZE 1024"), client.ask("EHLO client.example"));
            assertEquals("552 5.3.4 Message size exceeds fixed limit\r\n",
                    client.ask("MAIL FROM:<alice@example.test> SIZE=2000"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test> SIZE=1000"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("552 5.3.4 Error: message file too big\r\n",
                    client.ask("Subject: long\r\n\r\n" + ("x".repeat(99) + "\r\n").repeat(11) + "."));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: short\r\n\r\nfits\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
        }
    }

    @Test
    void vrfyEnabledAnswersVrfyAndExpnTruthfully() throws IOException {
        SimServer server = start("vrfy-enabled");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            // RFC 5321 §3.5.2: a server that supports EXPN lists it in its EHLO reply.
            assertEquals(EHLO_BEFORE_TLS.replace("250-SIZE 10240000\r\n", "250-SIZE 10240000\r\n250-EXPN\r\n"),
                    client.ask("EHLO client.example"));
            assertEquals("250 2.1.5 Alice <alice@example.test>\r\n", client.ask("VRFY alice"));
            assertEquals("250 2.1.5 Bob <bob@example.test>\r\n", client.ask("VRFY <bob@example.test>"));
            assertEquals("550 5.1.1 <zed>: Recipient address rejected: User unknown in local recipient table\r\n",
                    client.ask("VRFY zed"));
            assertEquals("250-2.1.5 <alice@example.test>\r\n250 2.1.5 <bob@example.test>\r\n", client.ask("EXPN team"));
            assertEquals("550 5.1.1 <staff>: no such mailing list\r\n", client.ask("EXPN staff"));
            assertEquals(BYE, client.ask("QUIT"));
        }
    }

    @Test
    void slowDelaysEveryReplyByItsRulesDelay() throws IOException {
        // The built-in's rules with their delays cut to a fiftieth: 60ms greeting, 40ms per command, 100ms at the dot.
        Scenario slow = Scenarios.builtIn("slow");
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(2)), delays(slow));
        SimServer server = start(scaled(slow, 50));
        long start = System.nanoTime();
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertAtLeast(60, start);
            assertEquals(EHLO_BEFORE_TLS, timed(client, "EHLO client.example", 40));
            assertEquals(SENDER_OK, timed(client, "MAIL FROM:<alice@example.test>", 40));
            assertEquals(RECIPIENT_OK, timed(client, "RCPT TO:<bob@example.test>", 40));
            assertEquals(GO_AHEAD, timed(client, "DATA", 40));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", timed(client, "Subject: hi\r\n\r\nslowly\r\n.", 100));
            assertEquals(BYE, timed(client, "QUIT", 40));
        }
    }

    private static String timed(RawClient client, String line, long minimumMillis) throws IOException {
        long sent = System.nanoTime();
        String reply = client.ask(line);
        assertAtLeast(minimumMillis, sent);
        return reply;
    }

    private static void assertAtLeast(long millis, long sinceNanos) {
        long elapsed = (System.nanoTime() - sinceNanos) / 1_000_000;
        assertTrue(elapsed >= millis, "the reply came after " + elapsed + " ms, before the rule's " + millis + " ms");
    }

    private static List<Duration> delays(Scenario scenario) {
        return scenario.rules().stream().flatMap(r -> r.then().stream())
                .filter(a -> a instanceof RuleAction.Delay).map(a -> ((RuleAction.Delay) a).duration()).toList();
    }

    /** The same scenario with every delay divided: the rules stay those of the file. */
    private static Scenario scaled(Scenario scenario, int divisor) {
        List<Rule> rules = scenario.rules().stream().map(rule -> new Rule(rule.name(), rule.when(),
                rule.then().stream().map(a -> a instanceof RuleAction.Delay d
                        ? new RuleAction.Delay(d.duration().dividedBy(divisor)) : a).toList(), rule.origin())).toList();
        return new Scenario(scenario.name(), scenario.summary(), scenario.description(), scenario.config(), rules,
                scenario.source());
    }

    @Test
    void shutdownAnswers421InsteadOfTheGreetingAndHangsUp() throws IOException {
        SimServer server = start("shutdown");
        for (int i = 0; i < 2; i++) {
            try (RawClient client = new RawClient(server.port())) {
                assertEquals("421 4.3.2 mail.example.test Service not available, closing transmission channel\r\n",
                        client.reply());
                assertTrue(client.closedByServer());
            }
        }
    }

    @Test
    void lenientLetsASmuggledMessageRideInsideTheFirst() throws IOException {
        SimServer server = start("lenient");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            client.sendRaw("Subject: one\r\n\r\nfirst\n.\nMAIL FROM:<ceo@example.test>\r\nRCPT TO:<bob@example.test>\r\n"
                    + "DATA\r\nSubject: smuggled\r\n\r\nsecond\r\n.\r\n");
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.reply());
            assertEquals(SENDER_OK, client.reply());
            assertEquals(RECIPIENT_OK, client.reply());
            assertEquals(GO_AHEAD, client.reply());
            assertEquals("250 2.0.0 Ok: queued as 0000000002\r\n", client.reply());
            assertEquals(BYE, client.ask("QUIT"));
        }
        List<StoredMessage> messages = server.store().messages();
        assertEquals("Subject: one\r\n\r\nfirst\r\n", messages.get(0).contentAsText());
        assertEquals("ceo@example.test", messages.get(1).envelope().sender().address());
        assertEquals("Subject: smuggled\r\n\r\nsecond\r\n", messages.get(1).contentAsText());
    }

    @Test
    void bounceAcceptsTheRecipientThenReturnsAReportToTheSender() throws IOException {
        SimServer server = start("bounce");
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(EHLO_BEFORE_TLS, client.ask("EHLO client.example"));
            assertEquals(SENDER_OK, client.ask("MAIL FROM:<alice@example.test> RET=HDRS ENVID=QQ123"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bounce@example.test> NOTIFY=FAILURE"));
            assertEquals(RECIPIENT_OK, client.ask("RCPT TO:<bob@example.test>"));
            assertEquals(GO_AHEAD, client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("Subject: hi\r\n\r\nhello\r\n."));
            assertEquals(BYE, client.ask("QUIT"));
        }
        MailStore store = server.store();
        assertEquals(List.of("0000000001"), store.mailbox("bob@example.test").stream().map(StoredMessage::id).toList());
        assertEquals(List.of(), store.mailbox("bounce@example.test"));
        StoredMessage report = store.mailbox("alice@example.test").get(0);
        assertEquals("0000000002", report.id());
        assertTrue(report.envelope().sender().isNull());
        assertTrue(report.contentAsText().contains("Status: 5.1.1\r\n"), report.contentAsText());
    }
}
