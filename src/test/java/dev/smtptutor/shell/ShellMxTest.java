package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.testing.TinyDnsServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /connect DOMAIN asks DNS for the domain's mail servers (RFC 5321 §5.1). */
class ShellMxTest {

    @TempDir
    Path home;

    @Test
    void aMailDomainIsReachedThroughItsBestMx() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("school.example", List.of(
                new TinyDnsServer.Mx(20, "backup.school.example"), new TinyDnsServer.Mx(10, "localhost"))))) {
            ShellDriver.Result result = new ShellDriver(home).environment("SMTP_TUTOR_DNS", dns.address())
                    .line("/connect school.example").run();
            assertTrue(result.shows("DNS says these servers receive mail for school.example"), result.text());
            assertTrue(result.shows("     10  localhost\n     20  backup.school.example\n"), result.text());
            assertTrue(result.shows("Connecting to the first, localhost, on port 25"), result.text());
            assertTrue(result.shows("Connecting to localhost:25 ..."), result.text());
        }
    }

    @Test
    void aNameWithoutMxIsItsOwnMailServer() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of())) {
            ShellDriver.Result result = new ShellDriver(home).environment("SMTP_TUTOR_DNS", dns.address())
                    .line("/connect localhost.localdomain").run();
            assertTrue(result.shows("localhost.localdomain has no MX records"), result.text());
        }
    }

    @Test
    void aGivenPortOrAddressSkipsTheLookup() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("school.example", List.of(new TinyDnsServer.Mx(10, "localhost"))))) {
            ShellDriver.Result result = new ShellDriver(home).environment("SMTP_TUTOR_DNS", dns.address())
                    .line("/connect school.example:2525").line("/connect 127.0.0.1").run();
            assertTrue(!result.shows("DNS says"), result.text());
        }
    }
}
