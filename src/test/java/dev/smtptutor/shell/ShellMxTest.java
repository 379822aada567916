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
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("localhost.localdomain", List.of()))) {
            ShellDriver.Result result = new ShellDriver(home).environment("SMTP_TUTOR_DNS", dns.address())
                    .line("/connect localhost.localdomain").run();
            assertTrue(result.shows("localhost.localdomain exists but has no MX records: connecting to the name itself, as"
                    + " RFC 5321 section 5.1 says a sender does (\"implicit MX\")."), result.text());
        }
    }

    @Test
    void noSuchDomainNullMxAndDnsFailureConnectNowhere() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("nomail.example", List.of(new TinyDnsServer.Mx(0, ""))),
                java.util.Set.of("broken.example"))) {
            ShellDriver.Result result = new ShellDriver(home).environment("SMTP_TUTOR_DNS", dns.address())
                    .line("/connect nowhere.example").line("/connect nomail.example").line("/connect broken.example").run();
            assertTrue(result.shows("nowhere.example does not exist in DNS (NXDOMAIN). There is no implicit MX for a name"
                    + " that does not exist (RFC 5321 section 5.1)"), result.text());
            assertTrue(result.shows("nomail.example publishes a null MX (\"0 .\"): it accepts no mail at all (RFC 7505)."),
                    result.text());
            assertTrue(result.shows("DNS did not answer for broken.example (a timeout or a server failure). That is a"
                    + " temporary failure"), result.text());
            assertTrue(!result.shows("Connecting to nowhere.example") && !result.shows("Connecting to nomail.example")
                    && !result.shows("Connecting to broken.example"), result.text());
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
