package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SaslCodec;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Every reply code the simulator issue lists, as a raw-socket client receives it, byte for byte:
 * 220 250 354 221 334 235 535 500 501 502 503 504 530 550 552 452 421 (421 itself in SimServerTest).
 */
class SimServerReplyCodesTest {

    private static final String BANNER = "220 mail.example.test ESMTP smtp-tutor simulator\r\n";

    private static SimServer start(SimConfig config) throws IOException {
        return SimServer.builder().config(config).port(0).start();
    }

    @Test
    void syntaxAndSequenceErrors() throws IOException {
        try (SimServer server = start(SimConfig.defaults()); RawClient client = new RawClient(server.port())) {
            assertEquals(BANNER, client.reply());
            assertEquals("500 5.5.2 Error: command not recognized\r\n", client.ask("HELLO"));
            assertEquals("501 5.5.4 Syntax: EHLO hostname\r\n", client.ask("EHLO"));
            assertEquals("503 5.5.1 Error: send HELO/EHLO first\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertTrue(client.ask("EHLO c").startsWith("250-mail.example.test\r\n"));
            assertEquals("501 5.1.7 Bad sender address syntax\r\n", client.ask("MAIL FROM:<alice@>"));
            assertEquals("552 5.3.4 Message size exceeds fixed limit\r\n",
                    client.ask("MAIL FROM:<alice@example.test> SIZE=99999999"));
            assertEquals("250 2.1.0 Ok\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            assertEquals("550 5.1.1 <zed@example.test>: Recipient address rejected: User unknown in local recipient table\r\n",
                    client.ask("RCPT TO:<zed@example.test>"));
            assertEquals("503 5.5.1 Error: need RCPT command\r\n", client.ask("DATA"));
            assertEquals("221 2.0.0 Bye\r\n", client.ask("QUIT"));
        }
    }

    @Test
    void authCodesInsideTls() throws IOException {
        try (SimServer server = start(SimConfig.defaults()); RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            assertEquals("220 2.0.0 Ready to start TLS\r\n", client.ask("STARTTLS"));
            client.startTls(server.clientContext());
            client.ask("EHLO c");
            assertEquals("504 5.5.4 Unrecognized authentication type\r\n", client.ask("AUTH GSSAPI"));
            assertEquals("334 VXNlcm5hbWU6\r\n", client.ask("AUTH LOGIN"));
            assertEquals("334 UGFzc3dvcmQ6\r\n", client.ask(SaslCodec.base64("alice")));
            assertEquals("535 5.7.8 Error: authentication failed: authentication failure\r\n",
                    client.ask(SaslCodec.base64("not-the-password")));
            assertEquals("235 2.7.0 Authentication successful\r\n",
                    client.ask("AUTH PLAIN " + SaslCodec.plain("alice", "wonderland")));
        }
    }

    @Test
    void policyCodes() throws IOException {
        SimConfig config = SimConfig.defaults().withAuth(true, true).withLimits(10_240_000, 1)
                .withVrfyPolicy(VrfyPolicy.DISABLED);
        try (SimServer server = start(config); RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            assertEquals("502 5.5.1 VRFY command is disabled\r\n", client.ask("VRFY alice"));
            assertEquals("530 5.7.0 Authentication required\r\n", client.ask("MAIL FROM:<alice@example.test>"));
            client.ask("STARTTLS");
            client.startTls(server.clientContext());
            client.ask("EHLO c");
            client.ask("AUTH PLAIN " + SaslCodec.plain("bob", "builder"));
            client.ask("MAIL FROM:<bob@example.test>");
            assertEquals("250 2.1.5 Ok\r\n", client.ask("RCPT TO:<alice@example.test>"));
            assertEquals("452 4.5.3 Error: too many recipients\r\n", client.ask("RCPT TO:<bob@example.test>"));
            assertEquals("354 End data with <CR><LF>.<CR><LF>\r\n", client.ask("DATA"));
            assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", client.ask("hi\r\n."));
        }
    }
}
