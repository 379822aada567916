package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.testing.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./run.sh explain shows the cause under the code's meaning; explain --bounce finds every failed recipient. */
class ExplainCausesCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<String> out, String err) {}

    private static Run explain(String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "explain";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Run(cli.execute(all), out.toString().lines().toList(), err.toString());
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/smtptutor/mail/bounces/mta/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void theBlocklistStandsUnderTheCodesMeaning() {
        Run run = explain("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  cause     Your sending IP 192.0.2.1 is listed on Spamhaus ZEN, so the receiving"
                + " server refuses it; check it at https://check.spamhaus.org/"), String.join("\n", run.out()));
        assertTrue(run.out().stream().anyMatch(l -> l.startsWith("  admin     ")), String.join("\n", run.out()));
    }

    @Test
    void quietShowsTheCauseOnItsOwnLine() {
        Run run = explain("-q", "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.");
        assertEquals(List.of("535 5.7.139: Microsoft 365 refuses basic authentication (a user name and password over AUTH"
                + " LOGIN or PLAIN) for this mailbox or tenant: the password may be right, the method is switched off"
                + " (security defaults, or SMTP AUTH disabled)"), run.out());
    }

    @Test
    void jsonGainsTheCauseAndKeepsEveryField() {
        Run run = explain("--json", "550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy.");
        Map<String, Object> object = JsonLines.object(run.out().get(0));
        for (String field : List.of("reply", "code", "class", "class_meaning", "rfc", "code_meaning", "enhanced",
                "enhanced_title", "enhanced_meaning", "context", "meaning", "next", "challenge", "capabilities", "notes",
                "specific", "cause")) {
            assertTrue(object.containsKey(field), field);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> cause = (Map<String, Object>) object.get("cause");
        assertEquals("dmarc-policy", cause.get("id"));
        assertTrue(String.valueOf(cause.get("words")).startsWith("Mail from example.org failed DMARC"));
        assertTrue(cause.containsKey("sender_action") && cause.containsKey("admin_action"));
    }

    @Test
    void bounceJsonPrintsOneObjectPerFailedRecipient() throws IOException {
        Run run = explain("--json", "--bounce", sample("exim.eml").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, run.out().size(), String.join("\n", run.out()));
        Map<String, Object> first = JsonLines.object(run.out().get(0));
        assertEquals("fay@example.net", first.get("recipient"));
        assertEquals("5.7.1", first.get("status"));
        assertEquals(550L, ((Number) first.get("reply_code")).longValue());
        assertEquals("failed", first.get("action"));
        assertEquals("mx.example.net [192.0.2.25]", first.get("remote_host"));
        assertTrue(String.valueOf(first.get("reply_text")).contains("Helo command rejected"));
        @SuppressWarnings("unchecked")
        Map<String, Object> cause = (Map<String, Object>) first.get("cause");
        assertEquals("helo-rejected", cause.get("id"));
        Map<String, Object> second = JsonLines.object(run.out().get(1));
        assertEquals("gus@nowhere.example", second.get("recipient"));
        assertEquals(null, second.get("reply_code"));
        assertEquals("Unrouteable address", second.get("diagnostic"));
    }

    @Test
    void severalFilesAndAMaildirAreRead() throws IOException {
        Path maildir = dir.resolve("Bounces");
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("tmp"));
        Files.move(sample("qmail.eml"), maildir.resolve("new").resolve("1.mail"));
        Files.move(sample("domino.eml"), maildir.resolve("cur").resolve("2.mail:2,S"));
        Files.write(maildir.resolve("tmp").resolve("3.mail"), "not yet written".getBytes());
        Run run = explain("--json", "--bounce", maildir.toString(), sample("gmail.eml").toString());
        assertEquals(0, run.exit(), run.err());
        List<Object> recipients = run.out().stream().map(l -> JsonLines.object(l).get("recipient")).toList();
        assertEquals(List.of("jon@example.net", "kim@nowhere.example", "rita@lotus.example.com", "olga@example.com"), recipients);
    }

    @Test
    void aFileTooLargeIsRefusedWithItsSize() throws IOException {
        Path big = dir.resolve("big.eml");
        Files.write(big, new byte[dev.smtptutor.mail.BounceReader.MAX_BYTES + 1]);
        Run run = explain("--bounce", big.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("big.eml is " + (dev.smtptutor.mail.BounceReader.MAX_BYTES + 1)
                + " bytes; the tutor reads bounces of up to"), run.err());
    }

    @Test
    void theTextViewNamesTheCauseOfEachRecipient() throws IOException {
        Run run = explain("--bounce", sample("domino.eml").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Recipient rita@lotus.example.com"), String.join("\n", run.out()));
        assertTrue(run.out().contains("  Cause: The recipient's mailbox does not exist on the receiving server (a typo, or an"
                + " address that was closed)"), String.join("\n", run.out()));
    }

    @Test
    void aBrokenPartIsNamedAndTheRestIsRead() throws IOException {
        Run run = explain("--bounce", sample("unknown-charset.eml").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Recipient eva@example.com"), String.join("\n", run.out()));
        assertTrue(run.out().contains("Part the message body declares the charset \"x-no-such-charset\", which the tutor"
                + " does not know; it was read as UTF-8."), String.join("\n", run.out()));
    }
}
