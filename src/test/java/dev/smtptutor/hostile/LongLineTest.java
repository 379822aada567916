package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 7 of issue 16: a very long typed or pasted line costs the same per key however long it gets
 * (it stops growing past 2,000 characters), and is refused with an explanation, not sent.
 */
class LongLineTest {

    @TempDir
    Path home;

    @Test
    @Timeout(60) // typing 6,000 keys one by one took about a minute while every key re-read the whole line
    void aLineTypedFarPastTheLimitIsRefusedNotSent() {
        TutorOnTerminal.Session session = TutorOnTerminal.xterm(home).line("NOOP " + "x".repeat(6_000))
                .line("NOOP").run();
        assertTrue(session.shows("Not sent: this line has 2001 characters (or more), and the tutor sends at most 2000."),
                session.text());
        assertFalse(session.shows(" -> NOOP x"), session.text());
        assertTrue(session.shows("<-  250 2.0.0 Ok"), session.text());
    }

    @Test
    void aPastedLineOf100KilobytesIsRefusedWithItsLength() {
        TutorOnTerminal.Session session = TutorOnTerminal.xterm(home)
                .type("\u001b[200~" + "NOOP " + "y".repeat(100_000) + "\u001b[201~").line("").line("NOOP").run();
        assertTrue(session.shows("Not sent: this line has 100005 characters"), session.text());
        assertTrue(session.shows("<-  250 2.0.0 Ok"), session.text());
    }

    @Test
    void aLineOfExactlyTheLimitIsStillSent() {
        String line = "NOOP " + "z".repeat(1_995);
        TutorOnTerminal.Session session = TutorOnTerminal.piped(home).line(line).run();
        assertFalse(session.shows("Not sent"), session.text());
        assertTrue(session.shows("<-  500 5.5.2 Error: line too long") || session.shows("<-  5"), session.text());
    }
}
