package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator behaviours issue 17 corrected, byte for byte over a real socket, each with the RFC
 * section (or the Postfix behaviour) it now follows.
 */
class CorrectedBehaviourTest {

    private static final String BANNER = "220 mail.example.test ESMTP smtp-tutor simulator\r\n";
    private static final String MUST_STARTTLS = "530 5.7.0 Must issue a STARTTLS command first\r\n";
    private static final String AUTH_PLAIN_ALICE = "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=";

    private final List<SimServer> servers = new ArrayList<>();

    private SimServer start(String name) throws IOException {
        SimServer server = SimServer.builder().scenario(Scenarios.builtIn(name)).port(0).start();
        servers.add(server);
        return server;
    }

    private static Scenario scenario(String yaml) {
        return ScenarioLoader.load("test.yaml", "format_version: 1\nname: t\nsummary: t\n" + yaml);
    }

    @AfterEach
    void stop() {
        servers.forEach(SimServer::close);
    }

    @Test
    void correction1_beforeTlsOnlyNoopEhloStarttlsAndQuitAreAllowed() throws IOException {
        // RFC 3207 §4: "the server SHOULD reply to every command other than NOOP, EHLO, STARTTLS, or QUIT with 530".
        try (RawClient client = new RawClient(start("tls-required").port())) {
            assertEquals(BANNER, client.reply());
            assertEquals(MUST_STARTTLS, client.ask("HELO client.example"));
            assertTrue(client.ask("EHLO client.example").startsWith("250-mail.example.test\r\n"));
            assertEquals(MUST_STARTTLS, client.ask("RSET"));
            assertEquals("250 2.0.0 Ok\r\n", client.ask("NOOP"));
            assertEquals("221 2.0.0 Bye\r\n", client.ask("QUIT"));
        }
    }

    @Test
    void correction7_rcptBeforeMailIsASequenceErrorWhateverItsSyntax() throws IOException {
        // RFC 5321 §3.3; Postfix checks the order before the syntax: 503 5.5.1 Error: need MAIL command.
        try (RawClient client = new RawClient(start("default").port())) {
            client.reply();
            client.ask("EHLO client.example");
            assertEquals("503 5.5.1 Error: need MAIL command\r\n", client.ask("RCPT TO <bob@example.test>"));
            assertEquals("503 5.5.1 Error: need MAIL command\r\n", client.ask("RCPT TO:<bob@example.test>"));
            client.ask("MAIL FROM:<alice@example.test>");
            assertEquals("501 5.5.4 Syntax: RCPT TO:<address>\r\n", client.ask("RCPT TO <bob@example.test>"));
        }
    }

    @Test
    void correction8_vrfyEnabledListsExpnInEhlo() throws IOException {
        // RFC 5321 §3.5.2: a server that supports EXPN MUST list it in the EHLO reply; the default does not support it.
        try (RawClient client = new RawClient(start("vrfy-enabled").port())) {
            client.reply();
            assertTrue(client.ask("EHLO client.example").contains("\r\n250-EXPN\r\n"));
        }
        try (RawClient client = new RawClient(start("default").port())) {
            client.reply();
            assertTrue(!client.ask("EHLO client.example").contains("EXPN"));
        }
    }

    @Test
    void correction10_aLoggedInUserMaySendOnlyAsThemselves() throws IOException {
        // Postfix reject_authenticated_sender_login_mismatch: 553 5.7.1 ... not owned by user.
        SimServer server = start("default");
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO client.example");
            client.ask("STARTTLS");
            client.startTls(server.tls().clientContext());
            client.ask("EHLO client.example");
            assertEquals("235 2.7.0 Authentication successful\r\n", client.ask(AUTH_PLAIN_ALICE));
            assertEquals("553 5.7.1 <ceo@bank.example>: Sender address rejected: not owned by user alice\r\n",
                    client.ask("MAIL FROM:<ceo@bank.example>"));
            assertEquals("553 5.7.1 <bob@example.test>: Sender address rejected: not owned by user alice\r\n",
                    client.ask("MAIL FROM:<bob@example.test>"));
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<Alice@EXAMPLE.test>"));
            assertEquals("250 2.0.0 Ok\r\n", client.ask("RSET"));
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<>")); // bounces have no owner
        }
        // Without AUTH, on port 25, the server takes the sender's word for it (lesson 2).
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO client.example");
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<ceo@bank.example>"));
        }
    }

    @Test
    void correction14_starttlsAfterHeloIsTakenAndMailFromWithoutBracketsToo() throws IOException {
        // What the texts now say: like Postfix, the simulator takes STARTTLS after HELO, and (with
        // strict_rfc821_envelopes = no) an address without angle brackets.
        try (RawClient client = new RawClient(start("default").port())) {
            client.reply();
            assertEquals("250 mail.example.test\r\n", client.ask("HELO client.example"));
            assertEquals("220 2.0.0 Ready to start TLS\r\n", client.ask("STARTTLS"));
        }
        try (RawClient client = new RawClient(start("default").port())) {
            client.reply();
            client.ask("EHLO client.example");
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:alice@example.test"));
        }
    }

    @Test
    void lesson20_aRefusedGreetingIs554ThenEveryCommandButQuitGets503() throws IOException {
        // RFC 5321 §3.1: after a 554 greeting the server waits for QUIT and answers 503 to the rest.
        try (RawClient client = new RawClient(start("blocked-client").port())) {
            assertEquals("554 5.7.1 mail.example.test: Client host rejected: your address is listed on a blocklist\r\n",
                    client.reply());
            String denied = "503 5.7.0 Error: access denied for unknown[127.0.0.1]\r\n";
            assertEquals(denied, client.ask("EHLO client.example"));
            assertEquals(denied, client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals(denied, client.ask("RCPT TO <bob@example.test>"));
            assertEquals(denied, client.ask("STARTTLS"));
            assertEquals("221 2.0.0 Bye\r\n", client.ask("QUIT"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void a521GreetingClosesTheConnectionAtOnce() throws IOException {
        // RFC 7504 §3: 521 in place of the greeting: this host accepts no mail, and the server closes.
        SimServer server = SimServer.builder().scenario(scenario("""
                rules:
                  - when: {command: CONNECT}
                    then: {reply: "521 5.3.2 {host} does not accept mail"}
                """)).port(0).start();
        servers.add(server);
        try (RawClient client = new RawClient(server.port())) {
            assertEquals("521 5.3.2 mail.example.test does not accept mail\r\n", client.reply());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void atConnectOnly220_421_554And521AreAllowed() {
        ScenarioException wrong = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> scenario("""
                rules:
                  - when: {command: CONNECT}
                    then: {reply: "550 5.7.1 no"}
                """));
        assertTrue(wrong.getMessage().contains("at CONNECT the reply must be 220 (another greeting), 421 (no service now),"
                + " 554 (no service for you, RFC 5321 §3.1) or 521 (no mail at all, RFC 7504), not 550"), wrong.getMessage());
    }

    @Test
    void lesson16_theBusyMxRefusesTheFirstTryWith451AndTakesTheRetry() throws IOException {
        try (RawClient client = new RawClient(start("busy-mx").port())) {
            client.reply();
            client.ask("EHLO mail.elsewhere.example");
            client.ask("MAIL FROM:<carol@elsewhere.example>");
            assertEquals("451 4.3.2 <bob@example.test>: Service busy, try again later or try another MX host\r\n",
                    client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("250 2.1.5 Ok\r\n", client.ask("RCPT TO:<bob@example.test>"));
        }
    }

    @Test
    void lesson17_noStarttlsOffersNeitherTlsNorAuth() throws IOException {
        try (RawClient client = new RawClient(start("no-starttls").port())) {
            client.reply();
            String ehlo = client.ask("EHLO client.example");
            assertTrue(!ehlo.contains("STARTTLS") && !ehlo.contains("AUTH"), ehlo);
            assertTrue(client.ask("STARTTLS").startsWith("502 "));
            assertEquals("503 5.5.1 Error: authentication not enabled\r\n", client.ask(AUTH_PLAIN_ALICE));
        }
    }

    @Test
    void lesson18_senderChecksPlayTheVerdictsOfSpfNullMxAndDmarc() throws IOException {
        try (RawClient client = new RawClient(start("sender-checks").port())) {
            client.reply();
            client.ask("EHLO mail.elsewhere.example");
            assertTrue(client.ask("MAIL FROM:<ceo@spf-fail.example>").startsWith("550 5.7.23 <ceo@spf-fail.example>: "));
            assertTrue(client.ask("MAIL FROM:<news@nomail.example>").startsWith("550 5.7.27 <news@nomail.example>: "));
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("250 2.1.5 Ok\r\n", client.ask("RCPT TO:<bob@example.test>"));
            client.ask("DATA");
            assertEquals("550 5.7.26 Unauthenticated email from the From: domain is not accepted due to the domain's"
                    + " DMARC policy\r\n", client.ask("From: security@bank.example\r\n\r\nhi\r\n."));
        }
    }
}
