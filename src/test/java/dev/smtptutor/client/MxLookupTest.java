package dev.smtptutor.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.testing.TinyDnsServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MxLookupTest {

    @Test
    void mxRecordsComeBestFirst() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("example.org", List.of(
                new TinyDnsServer.Mx(20, "backup.example.org"), new TinyDnsServer.Mx(10, "mx1.example.org"))))) {
            assertEquals(List.of(new MxLookup.MxRecord(10, "mx1.example.org"), new MxLookup.MxRecord(20, "backup.example.org")),
                    MxLookup.using(dns.address()).lookup("example.org"));
        }
    }

    @Test
    void aNameWithoutMxRecordsGivesNone() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("example.org", List.of()))) {
            assertEquals(List.of(), MxLookup.using(dns.address()).lookup("nothing.example.net"));
            assertEquals(List.of(), MxLookup.using(dns.address()).lookup("example.org"));
        }
    }

    @Test
    void recordTextIsParsed() {
        assertEquals(new MxLookup.MxRecord(5, "gmail-smtp-in.l.google.com"),
                MxLookup.parse("5 gmail-smtp-in.l.google.com.").orElseThrow());
        assertEquals(java.util.Optional.empty(), MxLookup.parse("garbage"));
    }
}
