package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SaslCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator over real sockets: what any SMTP client sees, byte for byte. */
class SimServerTest {

    private static final String BANNER = "220 mail.example.test ESMTP smtp-tutor simulator\r\n";
    private final List<SimServer> servers = new ArrayList<>();

    private SimServer start(SimConfig config) throws IOException {
        SimServer server = SimServer.builder().config(config).port(0).start();
        servers.add(server);
        return server;
    }

    private SimServer start() throws IOException {
        return start(SimConfig.defaults());
    }

    @AfterEach
    void stop() {
        servers.forEach(SimServer::close);
    }

    @Test
    void fullSessionDeliversTheMessageByteExact() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertTrue(client.ask("EHLO client.example").startsWith("250-mail.example.test\r\n"));
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("250 2.1.5 Ok\r\n", client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("354 End data with <CR><LF>.<CR><LF>\r\n", client.ask("DATA"));
            client.sendRaw("Subject: dots\r\n\r\n..starts with a dot\r\n...two\r\nend\r\n.\r\n");
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.reply());
            assertEquals("221 2.0.0 Bye\r\n", client.ask("QUIT"));
            assertTrue(client.closedByServer());
        }
        assertEquals("Subject: dots\r\n\r\n.starts with a dot\r\n..two\r\nend\r\n",
                server.store().latest().orElseThrow().contentAsText());
    }

    @Test
    void pipelinedCommandsAreAnsweredInOrder() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO client.example");
            client.sendRaw("MAIL FROM:<alice@example.test>\r\nRCPT TO:<bob@example.test>\r\n"
                    + "RCPT TO:<nobody@example.test>\r\nRCPT TO:<alice@example.test>\r\nDATA\r\n");
            assertEquals("250 2.1.0 Ok\r\n", client.reply());
            assertEquals("250 2.1.5 Ok\r\n", client.reply());
            assertEquals("550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table\r\n",
                    client.reply());
            assertEquals("250 2.1.5 Ok\r\n", client.reply());
            assertEquals("354 End data with <CR><LF>.<CR><LF>\r\n", client.reply());
            client.sendRaw("hi\r\n.\r\nQUIT\r\n");
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.reply());
            assertEquals("221 2.0.0 Bye\r\n", client.reply());
        }
        assertEquals(2, server.store().latest().orElseThrow().envelope().recipients().size());
    }

    @Test
    void starttlsUpgradesAndTheSessionStartsOver() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            assertTrue(client.ask("EHLO c").contains("250-STARTTLS\r\n"));
            assertEquals("220 2.0.0 Ready to start TLS\r\n", client.ask("STARTTLS"));
            client.startTls(server.tls().clientContext());
            assertTrue(client.tlsProtocol().equals("TLSv1.3") || client.tlsProtocol().equals("TLSv1.2"));
            assertEquals("503 5.5.1 Error: send HELO/EHLO first\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            String ehlo = client.ask("EHLO c");
            assertTrue(ehlo.contains("250-AUTH PLAIN LOGIN CRAM-MD5\r\n"), ehlo);
            assertTrue(!ehlo.contains("STARTTLS"), ehlo);
            assertEquals("235 2.7.0 Authentication successful\r\n", client.ask("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland")));
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("250 2.1.5 Ok\r\n", client.ask("RCPT TO:<someone@elsewhere.example>"));
            client.ask("DATA");
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("secret\r\n."));
        }
        StoredMessage stored = server.store().latest().orElseThrow();
        assertTrue(stored.tls());
        assertEquals("alice", stored.authenticatedUser().orElseThrow());
    }

    @Test
    void clientContextTrustsTheSimulatorBeforeItsCertificateExists() throws IOException {
        SimServer server = start();
        javax.net.ssl.SSLContext trusting = server.clientContext(); // no certificate made yet
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            client.ask("STARTTLS");
            client.startTls(trusting);
            assertEquals("250 2.0.0 Ok\r\n", client.ask("NOOP"));
        }
    }

    @Test
    void aClientContextOfAnotherSimulatorIsRefused() throws IOException {
        SimServer server = start();
        SimServer other = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            client.ask("STARTTLS");
            org.junit.jupiter.api.Assertions.assertThrows(javax.net.ssl.SSLHandshakeException.class,
                    () -> client.startTls(other.clientContext()));
        }
    }

    @Test
    void plaintextSentAfterStarttlsIsDiscarded() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            // CVE-2011-0411: a command injected behind STARTTLS must not run inside the TLS session.
            client.sendRaw("STARTTLS\r\nRSET\r\n");
            assertEquals("220 2.0.0 Ready to start TLS\r\n", client.reply());
            client.startTls(server.tls().clientContext());
            assertEquals("250 2.0.0 Ok\r\n", client.ask("NOOP"));
        }
    }

    @Test
    void commandLineOver512OctetsGets500ButTheSessionGoesOn() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            assertEquals("500 5.5.2 Error: line too long\r\n", client.ask("NOOP " + "x".repeat(100_000)));
            assertEquals("250 2.0.0 Ok\r\n", client.ask("NOOP"));
        }
    }

    @Test
    void bareLfInDataGets521AndTheConnectionCloses() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            client.ask("MAIL FROM:<alice@example.test>");
            client.ask("RCPT TO:<bob@example.test>");
            client.ask("DATA");
            client.sendRaw("Subject: x\r\n\r\nbody\n.\nMAIL FROM:<evil@example.test>\r\n");
            assertEquals("521 5.5.2 mail.example.test Error: bare <LF> received\r\n", client.reply());
            assertTrue(client.closedByServer());
        }
        assertEquals(0, server.store().size());
    }

    @Test
    void idleClientGets421AfterTheTimeout() throws IOException {
        SimServer server = start(SimConfig.defaults().withIdleTimeout(Duration.ofMillis(200)));
        try (RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals("421 4.4.2 mail.example.test Error: timeout exceeded\r\n", client.reply());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void twentyBadCommandsInARowGet421AndClose() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.sendRaw("JUNK\r\n".repeat(20));
            for (int i = 0; i < 20; i++) {
                assertEquals("500 5.5.2 Error: command not recognized\r\n", client.reply());
            }
            assertEquals("421 4.7.0 mail.example.test Error: too many errors\r\n", client.reply());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void binaryGarbageNeverBreaksTheServerOrOtherSessions() throws IOException {
        SimServer server = start();
        try (RawClient bystander = new RawClient(server.port()); RawClient attacker = new RawClient(server.port())) {
            bystander.reply();
            attacker.reply();
            attacker.sendRaw(garbageLine(64 * 1024, 42));
            assertEquals("500 5.5.2 Error: line too long\r\n", attacker.reply());
            attacker.sendRaw(garbageLine(300, 7));
            assertEquals("500 5.5.2 Error: command not recognized\r\n", attacker.reply());
            assertEquals("250 2.0.0 Ok\r\n", attacker.ask("NOOP"));
            assertEquals("250 2.0.0 Ok\r\n", bystander.ask("NOOP"));
        }
        try (RawClient later = new RawClient(server.port())) {
            assertEquals(BANNER, later.reply());
        }
    }

    /** Random bytes, NULs and invalid UTF-8 included, with no LF inside, ended by CRLF. */
    private static byte[] garbageLine(int length, long seed) {
        byte[] bytes = new byte[length + 2];
        java.util.Random random = new java.util.Random(seed);
        random.nextBytes(bytes);
        bytes[0] = (byte) 0xFF; // never a verb
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                bytes[i] = 0;
            }
        }
        bytes[length] = '\r';
        bytes[length + 1] = '\n';
        return bytes;
    }

    @Test
    void clientThatVanishesMidDataLeavesNoMessage() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            client.ask("MAIL FROM:<alice@example.test>");
            client.ask("RCPT TO:<bob@example.test>");
            client.ask("DATA");
            client.sendRaw("half a message\r\n");
        }
        try (RawClient next = new RawClient(server.port())) {
            assertEquals(BANNER, next.reply());
            assertEquals("250 2.0.0 Ok\r\n", next.ask("NOOP"));
        }
        assertEquals(0, server.store().size());
    }

    @Test
    void shutdownTellsOpenSessions421() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            server.close();
            assertEquals("421 4.3.2 mail.example.test Service shutting down, closing transmission channel\r\n",
                    client.reply());
            assertNull(client.reply());
        }
    }

    @Test
    void sessionsOverTheLimitGet421InsteadOfTheBanner() throws IOException {
        SimServer server = SimServer.builder().port(0).maxSessions(1).start();
        servers.add(server);
        try (RawClient first = new RawClient(server.port()); RawClient second = new RawClient(server.port())) {
            assertEquals(BANNER, first.reply());
            assertEquals("421 4.3.2 mail.example.test Error: too many connections, try again later\r\n", second.reply());
        }
    }

    @Test
    void manySessionsKeepTheirOwnState() throws IOException {
        SimServer server = start();
        List<RawClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                RawClient client = new RawClient(server.port());
                client.reply();
                clients.add(client);
            }
            for (int i = 0; i < clients.size(); i++) {
                RawClient client = clients.get(i);
                client.ask("EHLO c" + i);
                if (i % 2 == 0) {
                    assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<alice@example.test>"));
                }
            }
            for (int i = 0; i < clients.size(); i++) {
                String expected = i % 2 == 0 ? "250 2.1.5 Ok\r\n" : "503 5.5.1 Error: need MAIL command\r\n";
                assertEquals(expected, clients.get(i).ask("RCPT TO:<bob@example.test>"));
            }
        } finally {
            for (RawClient client : clients) {
                client.close();
            }
        }
    }

    @Test
    void utf8CommandsAreReadAsUtf8() throws IOException {
        SimServer server = start();
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            client.sendRaw("MAIL FROM:<jösé@example.test> SMTPUTF8\r\n".getBytes(StandardCharsets.UTF_8));
            assertEquals("250 2.1.0 Ok\r\n", client.reply());
        }
    }

    @Test
    void utf8MessageTextIsStoredByteExact() throws IOException {
        SimServer server = start();
        String text = "From: Jösé <jösé@example.test>\r\nSubject: Grüße, 你好\r\n\r\nSchöne Grüße\r\n";
        try (RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            // RFC 6531 §3.4 and RFC 6152 §2: a UTF-8 address and 8-bit text, both declared.
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<jösé@example.test> SMTPUTF8 BODY=8BITMIME"));
            assertEquals("250 2.1.5 Ok\r\n", client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("354 End data with <CR><LF>.<CR><LF>\r\n", client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask(text + "."));
        }
        StoredMessage stored = server.store().latest().orElseThrow();
        assertEquals(text, new String(stored.content(), StandardCharsets.UTF_8));
        assertEquals("8BITMIME", stored.envelope().mailParameters().get("BODY"));
    }
}
