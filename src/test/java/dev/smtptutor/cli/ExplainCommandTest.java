package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.smtptutor.sim.SimServer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExplainCommandTest {

    private record Run(int exit, List<String> out, List<String> err) {}

    private static Run explain(String stdin, String... args) {
        return run(new CommandLine(new ExplainCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))),
                args);
    }

    private static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        int exit = cli.execute(args);
        return new Run(exit, out.toString().lines().toList(), err.toString().lines().toList());
    }

    @Test
    void anArgumentIsPrintedAsTheReplyThenIndentedExplanationLines() {
        Run run = explain("", "550 5.1.1 <x@y>: User unknown");
        assertEquals(0, run.exit());
        assertEquals(List.of(
                "550 5.1.1 <x@y>: User unknown",
                "  class     5xx Permanent Negative Completion. Permanent failure: the server refuses, and sending the"
                        + " same thing again will fail again.",
                "  code      550 \"Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or"
                        + " command rejected for policy reasons)\"",
                "            Refused: the mailbox does not exist, you may not use it, or a policy (relay rules, a spam"
                        + " filter) rejected the command. Permanent.",
                "  enhanced  5.1.1 \"Bad destination mailbox address\": The recipient's mailbox does not exist at that"
                        + " domain: a typo, or an account that was closed.",
                "  next      Check the spelling of the address; ask the person for their right address."), run.out());
        assertEquals(List.of(), run.err());
    }

    @Test
    void quietPrintsOneLinePerReply() {
        Run run = explain("", "--quiet", "250 2.1.0 Ok", "421 4.4.2 mx Error: timeout exceeded");
        assertEquals(List.of(
                "250 2.1.0: The address is fine; after MAIL FROM this is the sender being accepted.",
                "421 4.4.2: The connection broke or timed out, for instance because the client was idle too long."),
                run.out());
    }

    @Test
    void afterGivesTheMomentTheRepliesAnswer() {
        Run run = explain("", "-q", "--after", "MAIL FROM:<alice@example.test>", "250 2.1.0 Ok");
        assertEquals(List.of("250 2.1.0: The server accepted the sender: this envelope address (the reverse-path) is"
                + " where bounces will go. A mail transaction is now open."), run.out());
    }

    @Test
    void afterAuthLoginDecodesTheChallenge() {
        Run run = explain("", "--after", "AUTH LOGIN", "334 VXNlcm5hbWU6");
        assertEquals(List.of(
                "334 VXNlcm5hbWU6",
                "  class     3xx Positive Intermediate. Go on: the server accepted the start of something and waits for"
                        + " more from you.",
                "  code      334 \"Text part containing the [BASE64] encoded string (server challenge during AUTH)\"",
                "            The server is in the middle of AUTH and waits for your next line. Its text is a"
                        + " base64-encoded challenge, often a prompt such as \"Username:\" or \"Password:\".",
                "  here      The server accepted the mechanism and sends its first challenge; it waits for your answer"
                        + " line.",
                "  challenge The server asks for your user name (\"Username:\", base64-encoded).",
                "  next      Send your user name in base64, e.g. /b64 alice gives YWxpY2U="), run.out());
    }

    @Test
    void afterDotAndAfterConnectNameTheMessageEndAndTheGreeting() {
        assertEquals(List.of("250 2.0.0: The message is accepted: the server now takes responsibility for delivering it."
                        + " The text often holds a queue id to quote when asking about the message."),
                explain("", "-q", "--after", ".", "250 2.0.0 Ok: queued as 4BQ2xk0ZbTz9").out());
        assertEquals(List.of("220: The server mx.example.org greets you: it is ready for SMTP and waits for you to"
                        + " introduce yourself."),
                explain("", "-q", "--after", "connect", "220 mx.example.org ESMTP").out());
    }

    @Test
    void jsonPrintsOneObjectPerReplyWithTheRequiredKeys() throws Exception {
        Run run = explain("", "--json", "550 5.1.1 <x@y>: User unknown", "299 odd");
        assertEquals(2, run.out().size());
        Map<String, Object> first = JSON.std.mapFrom(run.out().get(0));
        assertEquals(550, first.get("code"));
        assertEquals("Permanent Negative Completion", first.get("class"));
        assertEquals("5.1.1", first.get("enhanced"));
        assertEquals("Bad destination mailbox address", first.get("enhanced_title"));
        assertEquals("The recipient's mailbox does not exist at that domain: a typo, or an account that was closed.",
                first.get("meaning"));
        assertEquals("Check the spelling of the address; ask the person for their right address.", first.get("next"));
        Map<String, Object> second = JSON.std.mapFrom(run.out().get(1));
        assertEquals(299, second.get("code"));
        assertEquals(null, second.get("enhanced"));
        assertEquals(null, second.get("enhanced_title"));
    }

    @Test
    void standardInputIsReadAsRepliesWithTheirContinuationLines() {
        String wire = "220 mx.example.org ESMTP\r\n250-mx.example.org\r\n250-PIPELINING\r\n250 SIZE 10240000\r\n";
        Run run = explain(wire);
        assertEquals(0, run.exit());
        List<String> out = run.out();
        assertEquals("220 mx.example.org ESMTP", out.get(0));
        int second = out.indexOf("250-mx.example.org");
        assertEquals("", out.get(second - 1), "a blank line between replies");
        assertEquals(List.of(
                "250-mx.example.org",
                "250-PIPELINING",
                "250 SIZE 10240000",
                "  class     2xx Positive Completion. Success: the server did what you asked.",
                "  code      250 \"Requested mail action okay, completed\"",
                "            Done: the command worked.",
                "  here      The server mx.example.org accepted your EHLO. Every line after the first announces one"
                        + " extension it supports.",
                "  extension PIPELINING: You may send several commands at once without waiting for each reply (RFC"
                        + " 2920).",
                "  extension SIZE 10240000: Messages up to 10240000 octets (9.8 MiB) are accepted; announce your"
                        + " message's size with SIZE= on MAIL FROM to be refused early (RFC 1870).",
                "  next      Start a message with MAIL FROM:<you@example.test>, or first STARTTLS and AUTH if the server"
                        + " offers them."), out.subList(second, out.size()));
    }

    @Test
    void aMultiLineReplyCanBeOneArgument() {
        Run run = explain("", "-q", "250-mx.example.org\n250 8BITMIME");
        assertEquals(List.of("250: The server mx.example.org accepted your EHLO. Every line after the first announces"
                + " one extension it supports."), run.out());
    }

    @Test
    void aMalformedLineIsNamedAndTheRestStillExplained() {
        Run run = explain("250 Ok\nhello there\n221 2.0.0 Bye\n", "-q");
        assertEquals(0, run.exit());
        assertEquals(2, run.out().size());
        assertEquals(List.of("smtp-tutor explain: line 2: \"hello there\" is not a reply line: a reply line starts with a"
                + " three-digit code from 200 to 599"), run.err());
    }

    @Test
    void aReplyCutShortIsReported() {
        Run run = explain("250 Ok\n250-mx.example.org\n250-PIPELINING\n", "-q");
        assertEquals(0, run.exit());
        assertEquals(List.of("smtp-tutor explain: line 3: the input ends in the middle of a multi-line reply, after"
                + " \"250-PIPELINING\" (its last line has a space after the code, not a hyphen)"), run.err());
    }

    @Test
    void aCodeChangeInsideAMultiLineReplyIsReported() {
        Run run = explain("250-mx.example.org\n251 oops\n", "-q");
        assertEquals(List.of(
                "smtp-tutor explain: line 2: \"251 oops\" is not a reply line: the code changed from 250 to 251 in the"
                        + " middle of a multi-line reply (the unfinished reply before it is skipped)",
                "smtp-tutor explain: no reply found to explain; a reply starts with a three-digit code, e.g. 250 OK"),
                run.err());
    }

    @Test
    void nothingToExplainExitsWithOne() {
        Run run = explain("", "hello");
        assertEquals(1, run.exit());
        assertEquals(List.of(), run.out());
        assertEquals(List.of(
                "smtp-tutor explain: argument 1: \"hello\" is not a reply line: a reply line starts with a three-digit"
                        + " code from 200 to 599",
                "smtp-tutor explain: no reply found to explain; a reply starts with a three-digit code, e.g. 250 OK"),
                run.err());
    }

    @Test
    void emptyStandardInputExitsWithOne() {
        assertEquals(1, explain("").exit());
    }

    @Test
    void jsonAndQuietTogetherAreRefused() {
        Run run = explain("", "--json", "--quiet", "250 Ok");
        assertEquals(2, run.exit());
        assertEquals("choose either --json or --quiet, not both", run.err().get(0));
    }

    @Test
    void explainIsASubcommandOfSmtpTutor() {
        Run run = run(new CommandLine(new Main()), "explain", "-q", "252 2.0.0 Cannot VRFY user");
        assertEquals(0, run.exit());
        assertEquals(List.of("252 2.0.0: Success, with nothing more to add: the command did what you asked."), run.out());
    }

    @Test
    void aLiveSimulatorSessionIsExplainedEndToEnd() throws IOException {
        try (SimServer server = SimServer.builder().port(0).start()) {
            String wire = greetingAndEhlo(server.address(), server.port());
            Run run = explain(wire, "-q");
            assertEquals(List.of(
                    "220: The server is ready. It says so when you connect (the greeting, or banner), and again after"
                            + " STARTTLS to say the TLS handshake may begin.",
                    "250: The server mail.example.test accepted your EHLO. Every line after the first announces one"
                            + " extension it supports."), run.out());
            List<Object> capabilities = capabilities(explain(wire, "--json").out().get(1));
            assertEquals(9, capabilities.size()); // PIPELINING SIZE STARTTLS ENHANCEDSTATUSCODES 8BITMIME DSN SMTPUTF8 CHUNKING HELP
            assertTrue(capabilities.stream().allMatch(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("known"))));
        }
    }

    @Test
    void aLiveGreenMailEhloReplyIsExplainedCapabilityByCapability() throws IOException {
        GreenMail greenMail = dev.smtptutor.testing.GreenMailServers.smtp();
        try {
            String wire = greetingAndEhlo(InetAddress.getLoopbackAddress(), greenMail.getSmtp().getPort());
            List<Object> capabilities = capabilities(explain(wire, "--json").out().get(1));
            assertEquals(List.of(Map.of("keyword", "AUTH", "params", List.of("PLAIN", "LOGIN", "XOAUTH2"), "known", true,
                    "explanation", "You can log in with AUTH (RFC 4954). Mechanisms offered: PLAIN (user name and password"
                            + " in one base64 line), LOGIN (user name, then password, each asked for and sent in base64),"
                            + " XOAUTH2 (an OAuth 2.0 access token instead of a password).")),
                    capabilities);
        } finally {
            greenMail.stop();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> capabilities(String jsonLine) throws java.io.IOException {
        return (List<Object>) JSON.std.mapFrom(jsonLine).get("capabilities");
    }

    /** The greeting and the EHLO reply of a real server, as the bytes arrived (CRLF line ends). */
    private static String greetingAndEhlo(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket(address, port)) {
            socket.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            StringBuilder wire = new StringBuilder();
            readReply(in, wire);
            out.write("EHLO client.example.test\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            readReply(in, wire);
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return wire.toString();
        }
    }

    private static void readReply(BufferedReader in, StringBuilder wire) throws IOException {
        String line;
        do {
            line = in.readLine();
            wire.append(line).append("\r\n");
        } while (line.length() > 3 && line.charAt(3) == '-');
    }
}
