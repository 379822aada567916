package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.MessageParser;
import dev.smtptutor.mail.MimePart;
import dev.smtptutor.mail.ParsedMessage;
import dev.smtptutor.sim.StoredMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /compose: questions, a message built by Jakarta Mail and explained, pasted into the learner's session. */
class ComposeCommandTest {

    @TempDir
    Path home;

    private static ParsedMessage parse(StoredMessage message) {
        return ((Checked.Ok<ParsedMessage>) MessageParser.parse(message.content())).value();
    }

    @Test
    void nonAsciiMessageWithAttachmentIsBuiltExplainedAndPastedIntoData() throws IOException {
        Path notes = Files.writeString(home.resolve("notes.txt"), "Bring cake.\n");
        Path missing = home.resolve("missing.pdf");
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("/compose")
                .line("").line("bob@").line("bob@example.test").line("")
                .line("Grüße aus Köln").line("Schöne Grüße,").line(".punkt").line(".")
                .line(missing.toString()).line(notes.toString())
                .line("y").run();

        assertTrue(result.shows("To: \"bob@\" is not a valid e-mail address (Missing domain). Write it as name@domain,"
                + " e.g. bob@example.test."), result.text());
        assertTrue(result.shows("Attachment: there is no file " + missing + "."), result.text());
        assertTrue(result.shows("  Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?="), result.text());
        assertTrue(result.shows("because a header may only hold ASCII; a mail program shows: Grüße aus Köln"));
        assertTrue(result.shows("  Sch=C3=B6ne Gr=C3=BC=C3=9Fe,"));
        assertTrue(result.shows("    part 2  text/plain; charset=us-ascii; name=notes.txt  (file \"notes.txt\", 7bit,"
                + " 13 bytes decoded)"), result.text());
        assertTrue(result.shows(" -> MAIL FROM:<alice@example.test>"));
        assertTrue(result.shows(" -> RCPT TO:<bob@example.test>"));
        assertTrue(result.shows(" -> ..punkt"), "the pasted text is dot-stuffed:\n" + result.text());
        assertTrue(result.shows("<-  250 2.0.0 Ok: queued as 0000000001"));

        assertEquals(1, result.delivered().size());
        StoredMessage stored = result.delivered().get(0);
        assertEquals(composedSize(result), stored.size(), "the server got exactly the composed bytes");
        ParsedMessage parsed = parse(stored);
        assertEquals(Optional.of("Grüße aus Köln"), parsed.header("Subject"));
        MimePart root = parsed.body();
        assertEquals("multipart/mixed", root.mimeType());
        assertEquals(Optional.of("Schöne Grüße,\r\n.punkt\r\n"), root.children().get(0).text());
        assertEquals(Optional.of("notes.txt"), root.children().get(1).fileName());
        assertEquals(Optional.of("Bring cake.\r\n"), root.children().get(1).text(),
                "line ends are CRLF, as SMTP carries them");
    }

    private static int composedSize(ShellDriver.Result result) {
        Matcher size = Pattern.compile("The message Jakarta Mail built \\((\\d+) bytes").matcher(result.text());
        assertTrue(size.find(), result.text());
        return Integer.parseInt(size.group(1));
    }

    @Test
    void afterMailFromOnlyRecipientsAndDataAreSent() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("MAIL FROM:<alice@example.test>")
                .line("/compose").line("alice@example.test").line("bob@example.test, alice@example.test").line("")
                .line("Plain").line("Hello").line(".").line("").line("y").run();
        assertTrue(result.shows("Your MAIL FROM is accepted. Continue with RCPT TO"), result.text());
        assertFalse(result.shows(" -> MAIL FROM"), result.text());
        assertTrue(result.shows(" -> RCPT TO:<bob@example.test>"));
        assertTrue(result.shows(" -> RCPT TO:<alice@example.test>"));
        assertEquals(2, result.delivered().get(0).envelope().recipients().size());
    }

    @Test
    void beforeEhloTheMessageIsKeptForLater() {
        ShellDriver.Result result = new ShellDriver(home).line("/compose").line("").line("").line("")
                .line("Later").line("Hi").line(".").line("").run();
        assertTrue(result.shows("Say EHLO first; then /compose can paste a message into your session."), result.text());
        assertEquals(0, result.delivered().size());
    }

    @Test
    void declinedOfferSendsNothing() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("/compose").line("").line("").line("")
                .line("No").line("Hi").line(".").line("").line("n").run();
        assertTrue(result.shows("Kept for later: /send sends it with Jakarta Mail"), result.text());
        assertEquals(0, result.delivered().size());
    }

    @Test
    void threeBadAddressesCancelWithTheProblemNamedEachTime() {
        ShellDriver.Result result = new ShellDriver(home).line("/compose").line("alice").line("alice@exa mple")
                .line("a@example.test, b@example.test").run();
        assertTrue(result.shows("From: \"alice\" is not a valid e-mail address (Missing final '@domain')."), result.text());
        assertTrue(result.shows("From: \"alice@exa mple\" is not a valid e-mail address"), result.text());
        assertTrue(result.shows("From: \"a@example.test, b@example.test\" names more than one address"));
        assertTrue(result.shows("Nothing composed: run /compose again when you have the answers."));
    }
}
