package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.testing.TestClock;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DSN (RFC 3461): the parameters are checked and recorded, and in the bounce scenario a failed
 * recipient turns into an RFC 3464 delivery status notification that Jakarta Mail reads back.
 */
class DsnTest {

    private final TestClock clock = new TestClock(Instant.parse("2025-11-22T10:00:00Z"));
    private final MailStore store = new MailStore();
    private SimSession session = new SimSession(
            new Simulation(Scenarios.builtIn("bounce"), store, new AttemptLog(), clock), "192.0.2.1");

    private String send(String line) {
        List<Reply> replies = session.replies(line);
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).toWire();
    }

    /** A whole transaction; the reply to the final dot. */
    private String deliver(String mailFrom, String... rcptTo) {
        send("EHLO client.example");
        assertEquals("250 2.1.0 Ok\r\n", send(mailFrom));
        for (String rcpt : rcptTo) {
            assertEquals("250 2.1.5 Ok\r\n", send(rcpt));
        }
        send("DATA");
        send("Subject: quarterly figures");
        send("Message-ID: <q3@example.test>");
        send("");
        send("Numbers attached.");
        return send(".");
    }

    private static MimeMessage parse(StoredMessage stored) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(stored.content()));
    }

    @Test
    void badDsnParametersGet501() {
        send("EHLO c");
        assertEquals("501 5.5.4 Bad RET parameter syntax\r\n", send("MAIL FROM:<alice@example.test> RET=ALL"));
        assertEquals("501 5.5.4 Bad ENVID parameter syntax\r\n", send("MAIL FROM:<alice@example.test> ENVID=a+zz"));
        assertEquals("501 5.5.4 Bad ENVID parameter syntax\r\n",
                send("MAIL FROM:<alice@example.test> ENVID=" + "x".repeat(101)));
        send("MAIL FROM:<alice@example.test>");
        assertEquals("501 5.5.4 Error: Bad NOTIFY parameter syntax\r\n", send("RCPT TO:<bob@example.test> NOTIFY=NEVER,SUCCESS"));
        assertEquals("501 5.5.4 Error: Bad NOTIFY parameter syntax\r\n", send("RCPT TO:<bob@example.test> NOTIFY=ALWAYS"));
        assertEquals("501 5.5.4 Error: Bad ORCPT parameter syntax\r\n", send("RCPT TO:<bob@example.test> ORCPT=bob@example.test"));
        assertEquals("501 5.5.4 Error: Bad ORCPT parameter syntax\r\n", send("RCPT TO:<bob@example.test> ORCPT=rfc822;bob+4"));
    }

    @Test
    void withoutDsnTheParametersAreUnsupported() {
        session = new SimSession(SimConfig.defaults().toBuilder().dsn(false).build(), store);
        send("EHLO c");
        assertEquals("555 5.5.4 Unsupported option: RET\r\n", send("MAIL FROM:<alice@example.test> RET=FULL"));
        send("MAIL FROM:<alice@example.test>");
        assertEquals("555 5.5.4 Unsupported option: NOTIFY\r\n", send("RCPT TO:<bob@example.test> NOTIFY=NEVER"));
    }

    @Test
    void dsnParametersAreRecordedDecoded() {
        deliver("MAIL FROM:<alice@example.test> RET=hdrs ENVID=QQ+2B314",
                "RCPT TO:<bob@example.test> NOTIFY=failure,DELAY ORCPT=rfc822;Bob+2BSales+40example.test");
        Envelope envelope = store.messages().get(0).envelope();
        assertEquals(Optional.of("HDRS"), envelope.ret());
        assertEquals(Optional.of("QQ+314"), envelope.envelopeId());
        Recipient bob = envelope.recipients().get(0);
        assertEquals(Set.of("FAILURE", "DELAY"), bob.notifyOn());
        assertEquals(Optional.of("rfc822; Bob+Sales@example.test"), bob.originalRecipient());
    }

    @Test
    void aBouncedRecipientGetsTheSenderARealDeliveryStatusNotification() throws Exception {
        assertEquals("250 2.0.0 Ok: queued as 0000000001\r\n", deliver("MAIL FROM:<alice@example.test> ENVID=QQ314",
                "RCPT TO:<bounce@example.test> ORCPT=rfc822;Bounce+40example.test", "RCPT TO:<bob@example.test>"));
        assertEquals(2, store.size());
        StoredMessage stored = store.mailbox("alice@example.test").get(0);
        assertEquals("", stored.envelope().sender().address()); // RFC 3461 §6.2: from the null sender
        MimeMessage report = parse(stored);

        assertEquals("MAILER-DAEMON@mail.example.test (Mail Delivery System)", report.getHeader("From", null));
        assertEquals("alice@example.test", report.getHeader("To", null));
        assertEquals("Undelivered Mail Returned to Sender", report.getSubject());
        assertEquals("auto-replied", report.getHeader("Auto-Submitted", null));
        assertEquals(Instant.parse("2025-11-22T10:00:00Z"), report.getSentDate().toInstant());
        ContentType type = new ContentType(report.getContentType());
        assertTrue(type.match("multipart/report"), type.toString());
        assertEquals("delivery-status", type.getParameter("report-type"));

        MimeMultipart parts = assertInstanceOf(MimeMultipart.class, report.getContent());
        assertEquals(3, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("says why; your message is attached.\r\n"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).endsWith("<bounce@example.test>: 550 5.1.1 "
                + "<bounce@example.test>: Recipient address rejected: User unknown in local recipient table\r\n"));

        BodyPart status = parts.getBodyPart(1);
        assertTrue(status.isMimeType("message/delivery-status"));
        byte[] statusBytes;
        try (InputStream in = status.getInputStream()) {
            statusBytes = in.readAllBytes();
        }
        assertTrue(!new String(statusBytes, java.nio.charset.StandardCharsets.US_ASCII).contains("bob@"),
                "only the bounced recipient is reported");
        try (InputStream in = new ByteArrayInputStream(statusBytes)) {
            InternetHeaders perMessage = new InternetHeaders(in);
            assertEquals("dns; mail.example.test", perMessage.getHeader("Reporting-MTA", null));
            assertEquals("QQ314", perMessage.getHeader("Original-Envelope-Id", null));
            assertEquals("Sat, 22 Nov 2025 10:00:00 +0000", perMessage.getHeader("Arrival-Date", null));
            InternetHeaders perRecipient = new InternetHeaders(in);
            assertEquals("rfc822; bounce@example.test", perRecipient.getHeader("Final-Recipient", null));
            assertEquals("rfc822; Bounce@example.test", perRecipient.getHeader("Original-Recipient", null));
            assertEquals("failed", perRecipient.getHeader("Action", null));
            assertEquals("5.1.1", perRecipient.getHeader("Status", null));
            assertEquals("smtp; 550 5.1.1 <bounce@example.test>: Recipient address rejected: User unknown in local "
                    + "recipient table", perRecipient.getHeader("Diagnostic-Code", null));
        }

        BodyPart returned = parts.getBodyPart(2);
        assertTrue(returned.isMimeType("message/rfc822"));
        MimeMessage original = assertInstanceOf(MimeMessage.class, returned.getContent());
        assertEquals("quarterly figures", original.getSubject());
        assertEquals("Numbers attached.\r\n", original.getContent());
    }

    @Test
    void retHdrsReturnsOnlyTheHeader() throws Exception {
        deliver("MAIL FROM:<alice@example.test> RET=HDRS", "RCPT TO:<bounce-me@elsewhere.example>");
        MimeMultipart parts = (MimeMultipart) parse(store.mailbox("alice@example.test").get(0)).getContent();
        // RFC 3461 §4.3: RET=HDRS returns only the headers, so the text for people must not promise the message.
        String notice = (String) parts.getBodyPart(0).getContent();
        assertTrue(notice.contains("The delivery report below says why; only the headers of your message are attached"
                + " (RET=HDRS).\r\n"), notice);
        assertTrue(!notice.contains("your message is attached"), notice);
        BodyPart headers = parts.getBodyPart(2);
        assertTrue(headers.isMimeType("text/rfc822-headers"));
        assertEquals("Undelivered Message Headers", headers.getDescription());
        try (InputStream in = headers.getInputStream()) {
            assertEquals("Subject: quarterly figures\r\nMessage-ID: <q3@example.test>\r\n\r\n",
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    @Test
    void notifySuccessReportsTheDelivery() throws Exception {
        deliver("MAIL FROM:<alice@example.test>", "RCPT TO:<bob@example.test> NOTIFY=SUCCESS");
        MimeMessage report = parse(store.mailbox("alice@example.test").get(0));
        assertEquals("Successful Mail Delivery Report", report.getSubject());
        MimeMultipart parts = (MimeMultipart) report.getContent();
        try (InputStream in = parts.getBodyPart(1).getInputStream()) {
            new InternetHeaders(in);
            InternetHeaders bob = new InternetHeaders(in);
            assertEquals("rfc822; bob@example.test", bob.getHeader("Final-Recipient", null));
            assertEquals("delivered", bob.getHeader("Action", null));
            assertEquals("2.0.0", bob.getHeader("Status", null));
        }
        assertTrue(parts.getBodyPart(2).isMimeType("text/rfc822-headers"), "without RET=FULL only the header returns");
    }

    @Test
    void noBounceForNotifyNeverOrForTheNullSender() throws IOException {
        deliver("MAIL FROM:<alice@example.test>", "RCPT TO:<bounce@example.test> NOTIFY=NEVER");
        deliver("MAIL FROM:<>", "RCPT TO:<bounce@example.test>");
        assertEquals(2, store.size());
        assertEquals(List.of(), store.mailbox("alice@example.test"));
    }
}
