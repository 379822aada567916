package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.client.TlsMode;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.sim.Scenarios;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell behaviours issue 17 corrected, against the simulator over real sockets. */
class ShellCorrectionsTest {

    @TempDir
    Path home;

    @Test
    void correction4_anEmptyLineAtAuthPromptAnswersTheXoauth2ErrorReport() {
        // Gmail's XOAUTH2: a bad token gets 334 with an error report; the client's empty line gets the final 535.
        SimConfig config = SimConfig.defaults().toBuilder().xoauth2Token(Optional.of("good-token")).build();
        String expired = SaslCodec.base64("user=alice@example.test\u0001auth=Bearer expired\u0001\u0001");
        ShellDriver.Result result = new ShellDriver(home).simulator(config).line("EHLO c").line("STARTTLS").line("EHLO c")
                .line("AUTH XOAUTH2 " + expired).line("").line("NOOP").run();
        assertTrue(result.shows("<~  334 "), result.text());
        assertTrue(result.shows("<~  535 5.7.8 Username and Password not accepted"), result.text());
        assertTrue(result.shows("<~  250 2.0.0 Ok"), result.text());
    }

    @Test
    void correction6_aPasteIsSplitAfterCommandsThatMustComeLastInAGroup() {
        ShellDriver.Result result = new ShellDriver(home).virtualTerminal().detail(DetailLevel.OFF).line("EHLO c")
                .paste("EHLO c\nMAIL FROM:<alice@example.test>\nRCPT TO:<bob@example.test>\nNOOP\nRSET\n").enter().run();
        String flat = result.text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("RFC 2920 section 3.1 lets EHLO, DATA, VRFY, EXPN, TURN, QUIT and NOOP come only last in"
                + " a group"), result.text());
        assertTrue(flat.contains("So the tutor sends your lines in 3 groups, waiting after EHLO, NOOP."), result.text());
        assertTrue(result.shows(" -> NOOP\n<-  250 2.0.0 Ok\n"), result.text());
        assertTrue(result.shows(" -> RSET\n<-  250 2.0.0 Ok\n"), result.text());
    }

    @Test
    void correction6_aPasteWithoutSuchCommandsStillGoesAsOneGroup() {
        ShellDriver.Result result = new ShellDriver(home).virtualTerminal().line("EHLO c")
                .paste("MAIL FROM:<alice@example.test>\nRCPT TO:<bob@example.test>\nRSET\n").enter().run();
        assertTrue(result.shows("Sending 3 commands at once"), result.text());
        assertTrue(!result.shows("groups, waiting after"), result.text());
    }

    @Test
    void starttlsOptionStopsWhenTheServerOffersNoStarttls() throws Exception {
        // RFC 3207 §6: a client configured to require TLS must not carry on in cleartext (STARTTLS stripping).
        try (SimServer plain = SimServer.builder().scenario(Scenarios.builtIn("no-starttls")).port(0).start()) {
            ShellDriver.Result result = new ShellDriver(home)
                    .target(HostSpec.of("127.0.0.1", Optional.of(plain.port()), Optional.of(TlsMode.STARTTLS)))
                    .line("EHLO c").line("MAIL FROM:<alice@example.test>").run();
            assertTrue(result.shows("--starttls was asked for, but this server does not offer STARTTLS, so the tutor stops"
                    + " here and closes the connection rather than go on in cleartext (RFC 3207 section 6"), result.text());
            assertTrue(result.shows(" -> QUIT\n<-  221 2.0.0 Bye"), result.text());
            assertTrue(result.shows("Not connected."), result.text());
            assertTrue(!result.shows(" -> MAIL FROM"), result.text());
        }
    }

    @Test
    void correction15_mailboxShowsTheDeliveryStatusPart() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("MAIL FROM:<>").line("RCPT TO:<alice@example.test>")
                .line("DATA").line("From: MAILER-DAEMON@example.test").line("Date: Tue, 01 Dec 2026 09:00:00 +0000")
                .line("MIME-Version: 1.0")
                .line("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"").line("")
                .line("--b1").line("Content-Type: text/plain").line("").line("It failed.").line("")
                .line("--b1").line("Content-Type: message/delivery-status").line("")
                .line("Reporting-MTA: dns; mail.example.test").line("")
                .line("Final-Recipient: rfc822; nobody@example.test").line("Action: failed").line("Status: 5.1.1")
                .line("").line("--b1--").line(".").line("/mailbox 1").run();
        String view = result.text().substring(result.text().indexOf("smtp> /mailbox 1"));
        assertTrue(view.contains("part 2 (message/delivery-status), decoded:\n"), view);
        assertTrue(view.contains("  | Action: failed\n  | Status: 5.1.1\n"), view);
    }
}
