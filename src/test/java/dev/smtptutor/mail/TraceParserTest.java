package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.SmtpState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jakarta Mail's debug trace becomes the exchanges of a session, with every credential masked. */
class TraceParserTest {

    // What Angus 2.0 writes with mail.debug and mail.debug.auth on (abridged EHLO replies).
    private static final String TRACE = String.join("\n",
            "DEBUG: setDebug: Jakarta Mail version 2.1.5",
            "DEBUG SMTP: useEhlo true, useAuth true",
            "220 mail.example.test ESMTP smtp-tutor simulator\r",
            "DEBUG SMTP: connected to host \"127.0.0.1\", port: 40123",
            "EHLO client.example.test\r",
            "250-mail.example.test\r",
            "250-STARTTLS\r",
            "250 HELP\r",
            "DEBUG SMTP: Found extension \"STARTTLS\", arg \"\"",
            "STARTTLS\r",
            "220 2.0.0 Ready to start TLS\r",
            "EHLO client.example.test\r",
            "250-mail.example.test\r",
            "250-AUTH PLAIN LOGIN CRAM-MD5\r",
            "250 HELP\r",
            "DEBUG SMTP: Using mechanism LOGIN",
            "AUTH LOGIN\r",
            "334 VXNlcm5hbWU6\r",
            "YWxpY2U=\r",
            "334 UGFzc3dvcmQ6\r",
            "d29uZGVybGFuZA==\r",
            "235 2.7.0 Authentication successful\r",
            "MAIL FROM:<alice@example.test>\r",
            "250 2.1.0 Ok\r",
            "RCPT TO:<bob@example.test>\r",
            "250 2.1.5 Ok\r",
            "DEBUG SMTP: Verified Addresses",
            "DATA\r",
            "354 End data with <CR><LF>.<CR><LF>\r",
            "Subject: hi\r",
            "\r",
            "250 is a number, not a reply, inside the text\r",
            "DEBUG is text here too\r",
            "..a stuffed line\r",
            ".\r",
            "250 2.0.0 Ok: queued as 0000000001\r",
            "DEBUG SMTP: message successfully delivered to mail server",
            "QUIT\r",
            "221 2.0.0 Bye\r",
            "");

    private static List<Exchange> parse(String trace, boolean implicitTls) throws IOException {
        TraceParser parser = new TraceParser(implicitTls);
        try (TraceRecorder recorder = new TraceRecorder(parser);
             PrintStream stream = new PrintStream(recorder, true, StandardCharsets.UTF_8)) {
            stream.print(trace);
        }
        return parser.exchanges();
    }

    @Test
    void everyClientLineIsPairedWithItsReply() throws IOException {
        List<Exchange> exchanges = parse(TRACE, false);
        assertEquals(List.of(
                List.of(), List.of("EHLO client.example.test"), List.of("STARTTLS"), List.of("EHLO client.example.test"),
                List.of("AUTH LOGIN"), List.of(Exchange.MASK), List.of(Exchange.MASK),
                List.of("MAIL FROM:<alice@example.test>"), List.of("RCPT TO:<bob@example.test>"), List.of("DATA"),
                List.of("Subject: hi", "", "250 is a number, not a reply, inside the text", "DEBUG is text here too",
                        "..a stuffed line", "."),
                List.of("QUIT")), exchanges.stream().map(Exchange::sent).toList());
        assertEquals(List.of(220, 250, 220, 250, 334, 334, 235, 250, 250, 354, 250, 221),
                exchanges.stream().map(Exchange::code).toList());
    }

    @Test
    void kindsAndTlsFollowTheSession() throws IOException {
        List<Exchange> exchanges = parse(TRACE, false);
        assertEquals(List.of(Exchange.Kind.GREETING, Exchange.Kind.COMMAND, Exchange.Kind.COMMAND,
                Exchange.Kind.COMMAND, Exchange.Kind.COMMAND, Exchange.Kind.AUTH_RESPONSE, Exchange.Kind.AUTH_RESPONSE,
                Exchange.Kind.COMMAND, Exchange.Kind.COMMAND, Exchange.Kind.COMMAND, Exchange.Kind.MESSAGE,
                Exchange.Kind.COMMAND), exchanges.stream().map(Exchange::kind).toList());
        assertEquals(List.of(false, false, false, true, true, true, true, true, true, true, true, true),
                exchanges.stream().map(Exchange::tls).toList());
        assertEquals(SmtpState.CLOSED, exchanges.get(exchanges.size() - 1).after());
        assertEquals(3, exchanges.get(3).reply().orElseThrow().lines().size());
    }

    @Test
    void credentialsNeverSurvive() throws IOException {
        String all = parse(TRACE, false).toString();
        assertFalse(all.contains("YWxpY2U="), all);
        assertFalse(all.contains("d29uZGVybGFuZA=="), all);
    }

    @Test
    void initialResponseOfAuthPlainIsMasked() throws IOException {
        List<Exchange> exchanges = parse(String.join("\n", "220 x", "EHLO c", "250 x",
                "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", "235 2.7.0 ok", ""), true);
        assertEquals(List.of("AUTH PLAIN " + Exchange.MASK), exchanges.get(2).sent());
        assertTrue(exchanges.get(0).tls(), "implicit TLS is on from the greeting");
    }

    @Test
    void aLineWithoutReplyComesLastWithoutOne() throws IOException {
        List<Exchange> exchanges = parse(String.join("\n", "220 x", "EHLO c", ""), false);
        assertEquals(List.of("EHLO c"), exchanges.get(1).sent());
        assertTrue(exchanges.get(1).reply().isEmpty());
    }
}
