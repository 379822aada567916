package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.Main;
import dev.smtptutor.shell.HostSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Item 12 of issue 16: odd targets and early hang-ups are read and reported as they are. */
class OddTargetsTest {

    @TempDir
    Path home;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aBracketedIpv6AddressWithAPortIsThatAddressAndPort() {
        HostSpec spec = HostSpec.parse("[::1]:1", Optional.empty()).orElseThrow();
        assertEquals("::1", spec.host());
        assertEquals(1, spec.port());
    }

    @Test
    void probeOfABracketedIpv6AddressNamesItOnce() {
        CliRun run = cli("probe", "--connect-timeout", "2", "[::1]:1");
        assertTrue(run.out().contains("[::1]:1"), run.out());
        assertFalse(run.out().contains("[[::1]:1]"), run.out());
    }

    @Test
    void probeOfAServerThatClosesBeforeEhloSaysStarttlsIsUnknown() throws IOException {
        try (HostileServer server = HostileServer.start(peer -> {
            peer.send("220 mx.example.test ESMTP\r\n");
            peer.readLine(); // EHLO, then hang up
        })) {
            CliRun run = cli("probe", server.endpoint());
            assertTrue(run.out().contains("STARTTLS unknown: the server closed the connection before answering EHLO"),
                    run.out());
            assertFalse(run.out().contains("No STARTTLS"), run.out());
        }
    }

    @Test
    void stateBeforeAnyGreetingSaysThereIsNoGreetingYet() {
        TutorOnTerminal.Session session = TutorOnTerminal.piped(home).line("/state").run();
        assertTrue(session.shows("greeting: none yet (send EHLO)"), session.text());
        assertFalse(session.shows("greeting: HELO"), session.text());
    }

    @Test
    void theTopLevelLessonsOptionAppliesToTheLessonsCommand() {
        Path mine = home.resolve("my-lessons");
        assertEquals(0, cli("lessons", "new", "dsn-basics", "--dir", mine.toString()).exit());
        CliRun given = cli("--lessons", mine.toString(), "lessons");
        assertEquals(cli("lessons", "--lessons", mine.toString()).out(), given.out());
        assertNotEquals(cli("lessons").out(), given.out());
    }
}
