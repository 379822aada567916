package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bounces as administrators receive them: RFC 3464 reports and notices written only for people. */
class BounceReaderTest {

    static Path sample(String name) {
        try {
            return Path.of(BounceReaderTest.class.getResource("bounces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BounceReport read(String name) {
        Checked<BounceReport> read = BounceReader.read(sample(name));
        assertTrue(read instanceof Checked.Ok, read.toString());
        return ((Checked.Ok<BounceReport>) read).value();
    }

    @Test
    void postfixReportGivesStatusDiagnosticAndTheCommandAnswered() {
        BounceReport report = read("postfix-user-unknown.eml");
        assertEquals(BounceReport.Kind.DELIVERY_STATUS, report.kind());
        assertEquals(Optional.of("Mail Delivery System <MAILER-DAEMON@mail.example.org>"), report.from());
        assertEquals(Optional.of("Undelivered Mail Returned to Sender"), report.subject());
        assertEquals(Optional.of("mail.example.org"), report.reportingMta());
        assertEquals(List.of(new RecipientStatus("nobody@example.net", Optional.of("failed"),
                EnhancedStatusCode.parse("5.1.1"),
                Optional.of("smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual"
                        + " mailbox table"),
                Optional.of(Reply.of(550, "5.1.1", "<nobody@example.net>: Recipient address rejected: User unknown in"
                        + " virtual mailbox table")),
                Optional.of("mx.example.net"), Optional.of("RCPT TO"))), report.recipients());
        assertEquals(List.of(), report.replies(), "the text repeats the Diagnostic-Code; the returned headers are skipped");
    }

    @Test
    void gmailReportSplitsMultiLineDiagnosticsIntoReplies() {
        BounceReport report = read("gmail-dsn-multiline.eml");
        assertEquals(2, report.recipients().size());
        RecipientStatus failed = report.recipients().get(0);
        assertEquals(Reply.of(550, "5.1.1", "The email account that you tried to reach does not exist. Please try",
                "double-checking the recipient's email address for typos or",
                "unnecessary spaces. For more information, go to",
                "https://support.google.com/mail/?p=NoSuchUser a1-20020a05600c000000b00123456789si.1 - gsmtp"),
                failed.reply().orElseThrow());
        RecipientStatus delayed = report.recipients().get(1);
        assertEquals(Optional.of("delayed"), delayed.action());
        assertEquals(EnhancedStatusCode.parse("4.2.2"), delayed.status());
        assertEquals(452, delayed.reply().orElseThrow().code());
        assertEquals(2, delayed.reply().orElseThrow().lines().size());
        assertEquals(List.of(), report.replies(), "the text's one-line 550 is the Diagnostic-Code again");
    }

    @Test
    void exchangeNoticeWithoutReportPartNamesTheRecipientAndItsReply() {
        BounceReport report = read("exchange-ndr.eml");
        assertEquals(BounceReport.Kind.PLAIN_TEXT, report.kind());
        assertEquals(List.of("bob@contoso.example"), report.recipients().stream().map(RecipientStatus::recipient).toList());
        assertEquals(Optional.of(Reply.of(550, "5.1.10", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")),
                report.recipients().get(0).reply());
        assertEquals(Optional.of("failed"), report.recipients().get(0).action());
        assertEquals(List.of(), report.replies());
    }

    @Test
    void pastedGmailTextWithoutHeadersIsReadAsProse() {
        BounceReport report = read("gmail-pasted.txt");
        assertEquals(BounceReport.Kind.PLAIN_TEXT, report.kind());
        List<Reply> replies = new java.util.ArrayList<>(report.replies().stream().map(FoundReply::reply).toList());
        report.recipients().forEach(r -> r.reply().ifPresent(replies::add));
        assertEquals(List.of(Reply.of(550, "5.1.1",
                "The email account that you tried to reach does not exist. Please try",
                "double-checking the recipient's email address for typos or", "unnecessary spaces. Learn more at",
                " https://support.google.com/mail/?p=NoSuchUser z12si345.67 - gsmtp")), replies);
    }

    @Test
    void qmailNoticeQuotesTheReplyAfterSaid() {
        BounceReport report = read("qmail-failure-notice.eml");
        assertEquals(1, report.recipients().size(), report.toString());
        assertEquals(Optional.of(Reply.of(554, "Sorry, no mailbox here by that name.")), report.recipients().get(0).reply());
    }

    @Test
    void numbersInProseAreNoReplies() {
        assertTrue(read("not-a-bounce.txt").isEmpty());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = Path.of("no-such-bounce.eml");
        assertEquals(new Checked.Bad<BounceReport>("There is no file " + missing.toAbsolutePath() + "."),
                BounceReader.read(missing));
    }

    @Test
    void diagnosticOfAnotherTypeMayStillQuoteAReply() {
        assertEquals(Optional.of(Reply.of(550, "5.7.1", "Message rejected as spam")),
                DiagnosticCode.reply("X-Postfix; host mx.example.net said: 550 5.7.1 Message rejected as spam"));
        assertEquals(Optional.empty(), DiagnosticCode.reply("X-Postfix; mail for example.net loops back to myself"));
    }
}
