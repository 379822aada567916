package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dev.smtptutor.testing.GreenMailServers;
import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.client.TlsMode;
import dev.smtptutor.client.Trust;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.Explanation;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell against real servers: GreenMail as a third party, the simulator as a "remote" host, broken servers. */
class ShellRealHostTest {

    private static GreenMail greenMail;
    private static SimServer simulator;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws IOException {
        greenMail = GreenMailServers.smtpAndSmtps();
        greenMail.setUser("carol@example.org", "carol", "s3cret");
        simulator = SimServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private ShellDriver shellOn(int port, Optional<TlsMode> mode) {
        return new ShellDriver(home).target(HostSpec.of("127.0.0.1", Optional.of(port), mode));
    }

    @Test
    void greenMailSessionWithPlaintextAuthAsksFirstAndDelivers() throws Exception {
        ShellDriver.Result result = shellOn(greenMail.getSmtp().getPort(), Optional.empty())
                .line("EHLO client.example.test")
                .line("/auth plain").line("y").line("carol").line("s3cret")
                .line("MAIL FROM:<carol@example.org>").line("RCPT TO:<dave@example.org>")
                .line("DATA").line("Subject: via GreenMail").line("").line("hello").line(".")
                .line("QUIT").run();
        assertTrue(result.shows("The connection is NOT encrypted"), result.text());
        assertTrue(result.shows(" -> AUTH PLAIN ********"), result.text());
        assertTrue(result.shows("<-  235 2.7.0"), result.text());
        assertTrue(result.shows("<-  221"), result.text());
        assertTrue(greenMail.waitForIncomingEmail(5000, 1), result.text());
        jakarta.mail.internet.MimeMessage received = greenMail.getReceivedMessages()[0];
        assertEquals("via GreenMail", received.getSubject());
        assertEquals(1, greenMail.getReceivedMessages().length);
        // Delivered to the envelope recipient (RCPT TO), though the message has no To: header at all.
        assertTrue(greenMail.getUserManager().listUser().stream().anyMatch(u -> u.getEmail().equals("dave@example.org")),
                greenMail.getUserManager().listUser().toString());
    }

    @Test
    void everyReplyGreenMailSendsGetsASpecificExplanation() throws Exception {
        ConnectionOptions options = ConnectionOptions.builder("127.0.0.1", greenMail.getSmtp().getPort()).build();
        Explainer explainer = Explainer.standard();
        ReplyContextTracker contexts = new ReplyContextTracker();
        try (Conversation conversation = Conversation.open(options)) {
            conversation.greeting();
            for (String line : List.of("EHLO client.example.test", "NOOP", "RCPT TO:<x@example.org>", "AUTH PLAIN "
                    + dev.smtptutor.protocol.SaslCodec.plain("carol", "wrong"), "MAIL FROM:<carol@example.org>",
                    "RCPT TO:<dave@example.org>", "DATA")) {
                conversation.send(line);
            }
            conversation.sendMessage(List.of("Subject: x", "", "body"));
            conversation.send("RSET");
            conversation.send("QUIT");
            for (Exchange exchange : conversation.exchanges()) {
                Explanation explanation = explainer.explain(exchange.reply().orElseThrow(), contexts.of(exchange));
                assertTrue(explanation.specific(), "generic explanation for " + exchange);
            }
            assertEquals(11, conversation.exchanges().size());
        }
    }

    @Test
    void greenMailImplicitTlsInsecureWarnsLoudly() {
        ShellDriver.Result result = shellOn(greenMail.getSmtps().getPort(), Optional.of(TlsMode.IMPLICIT))
                .hosts(HostSettings.defaults().insecurely()).line("EHLO c").run();
        assertTrue(result.shows("WARNING: certificates are NOT checked on this connection (--insecure)"), result.text());
        assertTrue(result.shows("NOT TRUSTED"), result.text());
        assertTrue(result.shows("<~  220 "), result.text());
        assertTrue(result.shows("<~  250"), result.text());
    }

    @Test
    void untrustedCertificateIsExplainedAndTlsInsecureContinues() {
        ShellDriver.Result result = shellOn(simulator.port(), Optional.empty())
                .line("EHLO c").line("STARTTLS").line("/tls insecure").line("NOOP").run();
        assertTrue(result.shows("presented a self-signed certificate"), result.text());
        assertTrue(result.shows("/tls insecure continues anyway"), result.text());
        assertTrue(result.shows("WARNING: certificates are NOT checked"), result.text());
        assertTrue(result.text().matches("(?s).*TLS is on: TLSv1\\.[23].*NOT TRUSTED.*self-signed.*"), result.text());
        assertTrue(result.shows("<~  250 2.0.0 Ok"), result.text());
    }

    @Test
    void starttlsOptionUpgradesRightAfterEhlo() {
        ShellDriver.Result result = shellOn(simulator.port(), Optional.of(TlsMode.STARTTLS))
                .hosts(HostSettings.defaults().withTrust(Trust.context(simulator.clientContext())))
                .line("EHLO c").line("EHLO c").run();
        assertTrue(result.shows("--starttls: the server offers STARTTLS, so the tutor upgrades the connection now"),
                result.text());
        assertTrue(result.shows(" -> STARTTLS\n<-  220 2.0.0 Ready to start TLS"), result.text());
        assertTrue(result.shows("<~  250-AUTH PLAIN LOGIN CRAM-MD5"), result.text());
    }

    @Test
    void refusedPortIsExplainedAndTheShellStaysUsable() throws IOException {
        int closed = freePort();
        ShellDriver.Result result = shellOn(closed, Optional.empty()).line("EHLO c").line("/connect sim").line("NOOP").run();
        assertTrue(result.shows("!!  127.0.0.1:" + closed + " refused the connection."), result.text());
        assertTrue(result.shows("Not connected."), result.text());
        assertTrue(result.shows("<-  250 2.0.0 Ok"), result.text());
    }

    @Test
    void silentServerTimesOutWithAnExplanation() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ShellDriver.Result result = shellOn(silent.getLocalPort(), Optional.empty())
                    .hosts(new HostSettings(Trust.systemDefault(), Duration.ofSeconds(5), Duration.ofMillis(300)))
                    .line("/connect sim").run();
            assertTrue(result.text().contains("!!  ") && result.text().toLowerCase().contains("300 ms"), result.text());
            assertTrue(result.shows("<-  220 mail.example.test"), result.text());
        }
    }

    @Test
    void connectionResetInTheMiddleOfDataIsExplained() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread fake = new Thread(() -> serveThenDropDuringData(server));
            fake.start();
            ShellDriver.Result result = shellOn(server.getLocalPort(), Optional.empty())
                    .line("EHLO c").line("MAIL FROM:<a@example.org>").line("RCPT TO:<b@example.org>").line("DATA")
                    .line("Subject: lost").line("").line("text").line(".").line("/connect sim").line("NOOP").run();
            fake.join(5000);
            assertTrue(result.shows("<-  354 go ahead"), result.text());
            assertTrue(result.text().contains("!!  "), result.text());
            assertTrue(result.shows("<-  250 2.0.0 Ok"), "the shell goes on: " + result.text());
        }
    }

    /** A server that answers the envelope, then hangs up as the message arrives. */
    private static void serveThenDropDuringData(ServerSocket server) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            out.write("220 fake ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
            for (String reply : List.of("250 fake\r\n", "250 ok\r\n", "250 ok\r\n", "354 go ahead\r\n")) {
                readLine(in);
                out.write(reply.getBytes(StandardCharsets.US_ASCII));
            }
            readLine(in);
            socket.setSoLinger(true, 0); // RST instead of FIN: a reset, as a crashing server or a firewall sends
        } catch (IOException ignored) {
            // the test asserts what the shell saw
        }
    }

    private static void readLine(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            // skip to the end of the line
        }
    }
}
