package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Item 11 of issue 16: serve's --port and --bind mistakes are named for what they are. */
class ServeArgumentsTest {

    private record Run(int exit, String err) {}

    private static Run serve(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cli.execute(all);
        return new Run(exit, err.toString().strip());
    }

    private static final class CommandLine extends picocli.CommandLine {
        CommandLine(Object command) {
            super(command);
        }
    }

    @Test
    void aPortPast65535IsNamedAsNoTcpPort() {
        Run run = serve("--port", "70000");
        assertEquals(2, run.exit());
        assertEquals("smtp-tutor serve: --port 70000 is not a TCP port: ports go from 1 to 65535 (0 picks a free one).",
                run.err());
    }

    @Test
    void aDottedAddressWithAPartPast255IsRefusedWithoutALookup() {
        Run run = serve("--bind", "999.1.1.1", "--port", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("smtp-tutor serve: --bind 999.1.1.1 is not an address"), run.err());
    }

    @Test
    void anAddressThisMachineDoesNotHaveIsBlamedNotThePort() {
        Run run = serve("--bind", "10.255.255.1", "--port", "0");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("smtp-tutor serve: --bind 10.255.255.1: this machine has no such address"),
                run.err());
    }
}
