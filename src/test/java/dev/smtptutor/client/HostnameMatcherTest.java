package dev.smtptutor.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.sim.TlsIdentity;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 6125 §6.4 name checks on real certificates. */
class HostnameMatcherTest {

    private static X509Certificate wildcard;
    private static X509Certificate simulator;
    private static X509Certificate commonNameOnly;

    @BeforeAll
    static void certificates() throws Exception {
        TestCertificates.Issued ca = TestCertificates.authority("test CA");
        wildcard = TestCertificates.server(ca, List.of("*.example.test", "*.test")).certificate();
        simulator = TlsIdentity.generate("mail.example.test").certificate();
        commonNameOnly = TestCertificates.commonNameOnly("old.example.test");
    }

    @Test
    void exactDnsNameMatches() {
        assertTrue(HostnameMatcher.matches(simulator, "mail.example.test"));
    }

    @Test
    void namesCompareWithoutCaseAndTrailingDot() {
        assertTrue(HostnameMatcher.matches(simulator, "MAIL.Example.Test."));
    }

    @Test
    void otherNameDoesNotMatch() {
        assertFalse(HostnameMatcher.matches(simulator, "smtp.example.test"));
    }

    @Test
    void wildcardMatchesOneLeftmostLabel() {
        assertTrue(HostnameMatcher.matches(wildcard, "mx1.example.test"));
    }

    @Test
    void wildcardDoesNotMatchTwoLabels() {
        assertFalse(HostnameMatcher.matches(wildcard, "a.b.example.test"));
    }

    @Test
    void wildcardDoesNotMatchTheBareParent() {
        assertFalse(HostnameMatcher.matches(wildcard, "example.test"));
    }

    @Test
    void wildcardOverATopLevelDomainIsNeverAccepted() {
        assertFalse(HostnameMatcher.matches(wildcard, "anything.test"));
    }

    @Test
    void ipAddressMatchesAnIpEntry() {
        assertTrue(HostnameMatcher.matches(simulator, "127.0.0.1"));
    }

    @Test
    void ipAddressDoesNotMatchAnotherAddress() {
        assertFalse(HostnameMatcher.matches(simulator, "127.0.0.2"));
    }

    @Test
    void commonNameCountsWhenThereAreNoDnsEntries() {
        assertTrue(HostnameMatcher.matches(commonNameOnly, "old.example.test"));
    }
}
