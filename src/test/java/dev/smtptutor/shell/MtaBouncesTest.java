package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.explain.Cause;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.mail.BounceReader;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.Checked;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounces written for this test in the published format of each mail server (none copied from a sample
 * collection): every failed recipient is found, with the cause behind it. The expected column lists each
 * recipient and its cause id, in the order the bounce names them.
 */
class MtaBouncesTest {

    static BounceReport read(String name) throws IOException {
        try (InputStream in = MtaBouncesTest.class.getResourceAsStream("/dev/smtptutor/mail/bounces/mta/" + name)) {
            Checked<BounceReport> read = BounceReader.read(in.readAllBytes());
            assertTrue(read instanceof Checked.Ok, name + ": " + read);
            return ((Checked.Ok<BounceReport>) read).value();
        }
    }

    static Map<String, String> causes(BounceReport report) {
        BounceReportView view = new BounceReportView(Explainer.standard(), ExplanationText.Detail.FULL);
        Map<String, String> out = new LinkedHashMap<>();
        for (BounceReportView.FailedRecipient failed : view.failed(report)) {
            out.put(failed.status().recipient(), failed.cause().map(Cause::id).orElse("-"));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postfix-dsn-spamhaus.eml | bob@example.net=blocklisted
            postfix-text-only.eml    | carl@example.net=userunknown dora@example.com=mailboxfull ed@example.com=spf-fail
            exim.eml                 | fay@example.net=helo-rejected gus@nowhere.example=hostunknown hal@example.com=mesgtoobig
            sendmail.eml             | ivy@example.com=relaying-denied
            qmail.eml                | jon@example.net=mailboxfull kim@nowhere.example=hostunknown
            courier.eml              | lee@example.net=spf-fail
            exchange-o365.eml        | max@example.com=userunknown
            exchange-2003.eml        | nat@example.com=userunknown
            gmail.eml                | olga@example.com=dmarc-policy
            yahoo.eml                | pat@example.net=ratelimited
            amazon-ses.eml           | quinn@example.com=relaying-denied
            domino.eml               | rita@lotus.example.com=userunknown
            messagelabs.eml          | sam@example.com=spamdetected
            opensmtpd.eml            | tom@example.net=userunknown
            zimbra.eml               | uma@example.com=toomanyrcpts
            forwarded-attached.eml   | vera@example.com=greylisted
            forwarded-quoted.eml     | walt@example.com=virusdetected
            flattened-report.txt     | xena@gmail.example=spf-fail
            null-from.eml            | yuri@example.net=ptr-missing
            broken-mime.eml          | zoe@example.com=blocklisted
            pasted-plain.txt         | amy@example.com=mailboxfull
            exchange-utf7.eml        | ben@example.de=userunknown
            iso-2022-jp.eml          | cho@example.jp=suspend
            windows-1252.eml         | dan@example.fr=spamdetected
            unknown-charset.eml      | eva@example.com=networkerror
            gmail-classic.eml        | fred@example.com=blocklisted
            yahoo-colon.eml          | gail@yahoo.example=userunknown
            postfix-delayed-local.eml | hugo@example.com=networkerror ines@example.org=userunknown
            exim-header-only.eml     | jack@example.com=spamdetected
            exchange-display-name.eml | kate@example.com=mailboxfull liam@example.com=mesgtoobig
            """)
    void everyFailedRecipientIsFoundWithItsCause(String file, String expected) throws IOException {
        Map<String, String> want = new LinkedHashMap<>();
        for (String pair : expected.strip().split("\\s+")) {
            String[] parts = pair.split("=");
            want.put(parts[0], parts[1]);
        }
        BounceReport report = read(file);
        assertEquals(want, causes(report), () -> String.join("\n", new BounceReportView(Explainer.standard(),
                ExplanationText.Detail.FULL).lines(report)) + "\n" + report.recipients().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void theRemoteHostTheActionAndTheStatusAreFilledIn() throws IOException {
        BounceReport gmail = read("gmail-classic.eml");
        assertEquals(java.util.Optional.of("mx.example.com [192.0.2.36]"), gmail.recipients().get(0).remoteMta());
        assertEquals("5.7.1", gmail.recipients().get(0).status().orElseThrow().toString());
        BounceReport delayed = read("postfix-delayed-local.eml");
        assertEquals(java.util.Optional.of("delayed"), delayed.recipients().get(0).action());
        assertEquals(java.util.Optional.of("mx.example.com"), delayed.recipients().get(0).remoteMta());
        BounceReport ses = read("amazon-ses.eml");
        assertEquals(550, ses.recipients().get(0).reply().orElseThrow().code());
        assertEquals("5.7.1", ses.recipients().get(0).reply().orElseThrow().enhanced().orElseThrow().toString());
    }

    @Test
    void theNullSenderIsShownAsWritten() throws IOException {
        assertEquals(java.util.Optional.of("<>"), read("null-from.eml").from());
    }

    @Test
    void aBrokenStructureIsNamedNotFatal() throws IOException {
        BounceReport report = read("broken-mime.eml");
        assertEquals(1, report.recipients().size());
        assertTrue(!report.problems().isEmpty(), report.toString());
    }

    @Test
    void theCopyOfTheOriginalIsNotSearched() throws IOException {
        assertTrue(causes(read("exim.eml")).keySet().stream().noneMatch(a -> a.startsWith("zed")));
    }
}
