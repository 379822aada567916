package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** ./run.sh explain --bounce FILE, through the real command line. */
class ExplainBounceCliTest {

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run explain(String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "explain";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    private static String sample(String name) {
        return BounceReaderTest.sample(name).toString();
    }

    @Test
    void gmailReportExplainsEachRecipientsReply() {
        Run run = explain("--bounce", sample("gmail-dsn-multiline.eml"));
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.lines();
        assertEquals("Bounce from Mail Delivery Subsystem <mailer-daemon@googlemail.com>", lines.get(0));
        assertEquals("Subject: Delivery Status Notification (Failure)", lines.get(1));
        assertTrue(lines.contains("Recipient nobody@gmail.example"), run.out());
        assertTrue(lines.contains("  550-5.1.1 The email account that you tried to reach does not exist. Please try"));
        assertTrue(lines.contains("  550 5.1.1 https://support.google.com/mail/?p=NoSuchUser"
                + " a1-20020a05600c000000b00123456789si.1 - gsmtp"), run.out());
        assertTrue(lines.contains("Recipient full@gmail.example"));
        assertTrue(lines.contains("  Action: delayed: not delivered yet; the server keeps trying and will report again if"
                + " it gives up."), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("      enhanced  4.2.2 ")), run.out());
    }

    @Test
    void quietGivesOneLinePerReply() {
        Run run = explain("--quiet", "--bounce", sample("qmail-failure-notice.eml"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.lines().contains("  554 Sorry, no mailbox here by that name."), run.out());
        assertTrue(run.lines().stream().anyMatch(l -> l.startsWith("      554: ")), run.out());
    }

    @Test
    void jsonGivesOneObjectPerFailedRecipient() {
        Run run = explain("--json", "--bounce", sample("gmail-dsn-multiline.eml"));
        assertEquals(2, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).startsWith("{\"file\":"), run.out());
        assertTrue(run.lines().get(0).contains("\"reply\":[\"550-5.1.1 The email account"), run.out());
        assertTrue(run.lines().get(1).contains("\"reply_code\":452"), run.out());
        assertTrue(run.lines().get(1).contains("\"action\":\"delayed\""), run.out());
    }

    @Test
    void missingFileIsAProblemInWords() {
        Path missing = Path.of("no-such-bounce.eml");
        Run run = explain("--bounce", missing.toString());
        assertEquals(1, run.exit());
        assertEquals("smtp-tutor explain: There is no file " + missing.toAbsolutePath() + ".", run.err().strip());
    }

    @Test
    void aFileWithoutRepliesSaysSo() {
        Run run = explain("--bounce", sample("not-a-bounce.txt"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("No SMTP reply, Status or Diagnostic-Code field was found in"), run.err());
    }

    @Test
    void bounceAndRepliesDoNotMix() {
        Run run = explain("--bounce", sample("exchange-ndr.eml"), "250 OK");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--bounce reads its replies from the file"), run.err());
    }
}
