package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /explain --bounce FILE: a saved bounce, each status and reply in it explained. */
class BounceExplainTest {

    @TempDir
    Path home;

    private static String sample(String name) throws URISyntaxException {
        return Path.of(BounceExplainTest.class.getResource("/dev/smtptutor/mail/bounces/" + name).toURI()).toString();
    }

    @Test
    void postfixReportIsExplainedRecipientByRecipient() throws URISyntaxException {
        ShellDriver.Result result = new ShellDriver(home).line("/explain --bounce " + sample("postfix-user-unknown.eml")).run();
        String text = result.text();
        assertTrue(text.contains("Bounce from Mail Delivery System <MAILER-DAEMON@mail.example.org>"), text);
        assertTrue(text.contains("Recipient nobody@example.net"), text);
        assertTrue(text.contains("  Action: failed: the message could not be delivered to this recipient"), text);
        assertTrue(text.contains("  Status: 5.1.1\n      5.1.1 \"Bad destination mailbox address\": "), text);
        assertTrue(text.contains("  It answered: RCPT TO"), text);
        assertTrue(text.contains("  550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual"
                + " mailbox table\n      class     5xx Permanent Negative Completion."), text);
        assertTrue(text.contains("      here      "), "explained at the moment it answered:\n" + text);
    }

    @Test
    void plainNoticeRepliesAreFoundInItsText() throws URISyntaxException {
        ShellDriver.Result result = new ShellDriver(home).line("/explain --bounce " + sample("exchange-ndr.eml")).run();
        assertTrue(result.shows("Recipient bob@contoso.example"), result.text());
        assertTrue(result.shows("  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
                result.text());
        assertTrue(result.shows("  Cause: The recipient's mailbox does not exist on the receiving server"), result.text());
        assertTrue(result.shows("      enhanced  5.1.10"), result.text());
    }

    @Test
    void aMissingFileOrNoFileIsSaidInWords() {
        Path missing = home.resolve("nothing.eml");
        ShellDriver.Result result = new ShellDriver(home).line("/explain --bounce " + missing).line("/explain --bounce")
                .run();
        assertTrue(result.shows("There is no file " + missing + "."), result.text());
        assertTrue(result.shows("/explain --bounce FILE... reads bounces saved as files (.eml) or a Maildir folder"), result.text());
    }
}
