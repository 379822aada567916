package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.LogWriter;
import dev.smtptutor.cli.TranscriptLog;
import dev.smtptutor.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Item 5 of issue 16: serve's log is escaped (see ControlCharactersTest) and bounded per message. */
class ServeLogTest {

    private static String logOf(RawClientSession session) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LogWriter writer = new LogWriter(log, StandardCharsets.UTF_8); // closed last: every line written
             SimServer server = SimServer.builder().port(0).observer(new TranscriptLog(writer, true)).start();
             RawClient client = new RawClient(server.address(), server.port())) {
            client.reply();
            session.run(client);
            client.command("QUIT");
            client.reply(); // the server closes after 221: the log is complete
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface RawClientSession {
        void run(RawClient client) throws IOException;
    }

    @Test
    void aLongMessageLogsItsFirstLinesAndCountsTheRest() throws IOException {
        String log = logOf(client -> client.sendMessage(100_000)); // 1,003 lines with the dot
        assertTrue(log.contains("(983 more lines of message text, not logged)"), log);
        assertTrue(log.length() < 10_000, "log of " + log.length() + " characters");
        assertTrue(log.contains("<-  250 2.0.0 Ok: queued as"), log);
    }

    @Test
    void aLongCommandLineIsLoggedCut() throws IOException {
        String log = logOf(client -> client.command("NOOP " + "y".repeat(10_000)));
        assertTrue(log.contains(" -> NOOP " + "y".repeat(195) + "... (10005 characters in all)"), log);
    }
}
