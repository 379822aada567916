package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Item 9 of issue 16: explain's input is capped; /dev/zero ends with a sentence, not OutOfMemoryError. */
class ExplainInputCapTest {

    private static final Path ZEROS = Path.of("/dev/zero");

    @TempDir
    Path home;

    private static CliRun explain(String... args) {
        return CliRun.of(args);
    }

    /** A standard input that never ends, like /dev/zero. */
    private static final class Endless extends InputStream {
        @Override
        public int read() {
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
            return length;
        }
    }

    @Test
    void explainBounceOfAFileThatNeverEndsStopsAtTheBounceCap() {
        CliRun run = explain("explain", "--bounce", ZEROS.toString());
        assertEquals(1, run.exit());
        assertEquals("smtp-tutor explain: /dev/zero goes on past " + dev.smtptutor.mail.BounceReader.MAX_BYTES
                + " bytes, more than any bounce needs, so the tutor stopped reading it (is it the right file?)",
                run.err().strip());
    }

    @Test
    void explainOfAStandardInputThatNeverEndsStopsAtOneMegabyte() {
        InputStream original = System.in;
        System.setIn(new Endless());
        CliRun run;
        try {
            run = explain("explain");
        } finally {
            System.setIn(original);
        }
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("the input is larger than 1 MB"), run.err());
    }

    @Test
    void theShellsExplainBounceOfAFileThatNeverEndsStopsWithASentence() {
        TutorOnTerminal.Session session = TutorOnTerminal.piped(home).line("/explain --bounce /dev/zero")
                .line("NOOP").run();
        assertTrue(session.shows("/dev/zero goes on past " + dev.smtptutor.mail.BounceReader.MAX_BYTES + " bytes"), session.text());
        assertTrue(session.shows("<-  250 2.0.0 Ok"), session.text());
    }
}
