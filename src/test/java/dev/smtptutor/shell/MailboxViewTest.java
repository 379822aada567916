package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /mailbox N: a delivered message parsed with Jakarta Mail, envelope beside headers, MIME tree, decoded parts. */
class MailboxViewTest {

    @TempDir
    Path home;

    @Test
    void multipartMessageShowsItsTreeAndDecodedParts() throws IOException {
        Path data = Files.write(home.resolve("data.bin"), new byte[] {0, 1, 2, (byte) 0xff});
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("/compose").line("").line("").line("")
                .line("Grüße").line("Schöne Grüße").line(".").line(data.toString()).line("y")
                .line("/mailbox 1").run();
        String view = result.text().substring(result.text().indexOf("smtp> /mailbox 1"));
        assertTrue(view.contains("  MAIL FROM:<alice@example.test>       Date: "), view);
        assertTrue(view.contains("  RCPT TO:<bob@example.test>           From: alice@example.test"), view);
        assertTrue(view.contains("Subject: Grüße\n"), "headers are shown decoded:\n" + view);
        assertTrue(view.contains("  message  multipart/mixed; boundary="), view);
        assertTrue(view.contains("    part 1  text/plain; charset=UTF-8  (quoted-printable, 17 bytes decoded)"), view);
        assertTrue(view.contains("    part 2  application/octet-stream; name=data.bin  (file \"data.bin\", base64, 4 bytes"
                + " decoded)"), view);
        assertTrue(view.contains("part 1 (text/plain), decoded:\n  | Schöne Grüße\n"), view);
        assertTrue(view.contains("part 2 (application/octet-stream): 4 bytes, not text, not shown"), view);
        assertTrue(view.contains("The server delivers to the RCPT TO addresses."), view);
    }

    @Test
    void textTypedByHandIsShownAsItIs() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("MAIL FROM:<a@example.test>")
                .line("RCPT TO:<bob@example.test>").line("DATA").line("Subject: plain").line("").line("Body").line(".")
                .line("/mailbox 1").run();
        assertTrue(result.shows("  message  text/plain  (6 bytes decoded)"), result.text());
        assertTrue(result.shows("message (text/plain), decoded:\n  | Body"), result.text());
    }
}
