package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell with piped input (a dumb terminal): a script of SMTP lines, each reply explained. */
class ShellScriptTest {

    @TempDir
    Path home;

    private ShellDriver shell() {
        return new ShellDriver(home);
    }

    @Test
    void aWholeSessionDeliversTheMessageAndExplainsEveryReply() {
        ShellDriver.Result result = shell()
                .line("EHLO client.example.test")
                .line("MAIL FROM:<alice@example.test>")
                .line("RCPT TO:<bob@example.test>")
                .line("DATA")
                .line("Subject: hello")
                .line("")
                .line("Hi Bob!")
                .line(".")
                .line("QUIT")
                .run();
        assertTrue(result.shows("<-  220 mail.example.test ESMTP smtp-tutor simulator"), result.text());
        assertTrue(result.shows("smtp> EHLO client.example.test\n<-  250-mail.example.test\n"), result.text());
        assertTrue(result.shows("<-  250 2.1.0 Ok"));
        assertTrue(result.shows("<-  250 2.1.5 Ok"));
        assertTrue(result.shows("<-  354 End data with <CR><LF>.<CR><LF>"));
        assertTrue(result.shows("data> Hi Bob!"));
        assertTrue(result.shows("<-  250 2.0.0 Ok: queued as 0000000001"));
        assertTrue(result.shows("<-  221 2.0.0 Bye"));
        assertTrue(result.shows("2.1.5 \"Destination address valid\""), result.text());
        assertEquals(1, result.delivered().size());
        assertEquals("Subject: hello\r\n\r\nHi Bob!\r\n", result.delivered().get(0).contentAsText());
    }

    @Test
    void messageLinesStartingWithADotAreDotStuffedOnTheWayOut() {
        ShellDriver.Result result = shell()
                .line("EHLO c").line("MAIL FROM:<alice@example.test>").line("RCPT TO:<bob@example.test>")
                .line("DATA").line(".hidden line").line("..two dots").line("!bang stays").line(".")
                .line("/transcript")
                .run();
        assertEquals(".hidden line\r\n..two dots\r\n!bang stays\r\n", result.delivered().get(0).contentAsText());
        assertTrue(result.shows(" -> ..hidden line\n -> ...two dots\n"), result.text());
    }

    @Test
    void tutorCommandTyposGetASuggestion() {
        ShellDriver.Result result = shell().line("/hlep").line("/mialbox").line("/zzzz").run();
        assertTrue(result.shows("There is no tutor command /hlep. Did you mean /help?"), result.text());
        assertTrue(result.shows("There is no tutor command /mialbox. Did you mean /mailbox?"));
        assertTrue(result.shows("There is no tutor command /zzzz. /help lists them all."));
    }

    @Test
    void smtpHelpStaysSmtpWhileSlashHelpIsTheTutors() {
        ShellDriver.Result result = shell().line("HELP").line("/help").run();
        assertTrue(result.shows("<-  214-2.0.0 Commands: EHLO HELO MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY EXPN HELP STARTTLS AUTH"));
        assertTrue(result.shows("/ref [VERB]"), result.text());
        assertTrue(result.shows("/transcript [save FILE]"));
    }

    @Test
    void quietDetailGivesOneLinePerReply() {
        ShellDriver.Result result = shell().detail(DetailLevel.SHORT).line("EHLO c").line("RCPT TO:<bob@example.test>").run();
        assertTrue(result.shows("<-  503 5.5.1 Error: need MAIL command\n     503 5.5.1: "), result.text());
        assertFalse(result.shows("     class "));
    }

    @Test
    void explainOffShowsRepliesOnly() {
        ShellDriver.Result result = shell().line("/explain off").line("NOOP").run();
        assertTrue(result.shows("Explanations are now off."));
        assertTrue(result.shows("smtp> NOOP\n<-  250 2.0.0 Ok\n -> QUIT\n<-  221 2.0.0 Bye\n"), result.text());
    }

    @Test
    void stateShowsWhereTheSessionIsAndWhatMayFollow() {
        ShellDriver.Result result = shell().line("EHLO c").line("MAIL FROM:<alice@example.test>").line("/state").run();
        assertTrue(result.shows("CONNECTED -> GREETED -> [MAIL] -> RCPT -> DATA"), result.text());
        assertTrue(result.shows("A message is started: name at least one recipient with RCPT TO."));
        assertTrue(result.shows("Valid next: EHLO HELO RCPT RSET NOOP QUIT VRFY EXPN HELP"), result.text());
    }

    @Test
    void explainPastedReplyWithoutAConnection() {
        ShellDriver.Result result = shell().line("/explain 550 5.1.1 <x@example.org>: User unknown").run();
        assertTrue(result.shows("<-  550 5.1.1 <x@example.org>: User unknown"));
        assertTrue(result.shows("5.1.1 \"Bad destination mailbox address\""), result.text());
    }

    @Test
    void referenceCoversTheTwelveSeedCommands() {
        ShellDriver.Result result = shell().line("/ref").line("/ref rcpt").line("/ref HELLO").run();
        for (String command : new String[] {"EHLO", "HELO", "QUIT", "STARTTLS", "NOOP", "RSET", "AUTH", "MAIL FROM",
                "RCPT TO", "DATA", "VRFY", "EXPN"}) {
            assertTrue(result.shows("\n" + command + " "), command + " missing in\n" + result.text());
        }
        assertTrue(result.shows("  example: RCPT TO:<recipient@example.com>"), result.text());
        assertTrue(result.shows("No command HELLO in the reference. Did you mean HELO?"), result.text());
    }

    @Test
    void everyBasicReplyCodeIsExplainedSpecifically() {
        ShellDriver driver = shell();
        int[] codes = {211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455, 500, 501, 502, 503, 504, 550,
                551, 552, 553, 554, 555};
        for (int code : codes) {
            driver.line("/codes " + code);
        }
        String text = driver.run().text();
        for (int code : codes) {
            assertTrue(text.contains("code      " + code + " \""), code + " not explained:\n" + text);
        }
    }

    @Test
    void mailboxShowsEnvelopeBesideHeaders() {
        ShellDriver.Result result = shell()
                .line("EHLO c").line("MAIL FROM:<alice@example.test>").line("RCPT TO:<bob@example.test>")
                .line("DATA").line("From: Someone Else <boss@example.org>").line("To: everyone@example.org")
                .line("Subject: envelope lesson").line("").line("Body").line(".")
                .line("/mailbox").line("/mailbox 1").line("/mailbox 7")
                .run();
        assertTrue(result.shows("   1  0000000001  from <alice@example.test>  to [<bob@example.test>]  \"envelope lesson\""),
                result.text());
        assertTrue(result.shows("MAIL FROM:<alice@example.test>"));
        assertTrue(result.shows("From: Someone Else <boss@example.org>"));
        assertTrue(result.shows("RCPT TO:<bob@example.test>"));
        assertTrue(result.shows("  | Body"));
        assertTrue(result.shows("There is no message 7; there are 1."));
    }

    @Test
    void b64HelpsWithAuthPlainByHand() {
        ShellDriver.Result result = shell().line("/b64 \\0alice\\0wonderland").line("/b64 -d VXNlcm5hbWU6")
                .line("/b64 -d not*base64").run();
        assertTrue(result.shows("\"\\0alice\\0wonderland\" in base64 is AGFsaWNlAHdvbmRlcmxhbmQ="), result.text());
        assertTrue(result.shows("VXNlcm5hbWU6 decodes to \"Username:\""));
        assertTrue(result.shows("not*base64 is not valid base64"));
    }
}
