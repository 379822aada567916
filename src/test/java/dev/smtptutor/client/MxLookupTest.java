package dev.smtptutor.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.smtptutor.testing.TinyDnsServer;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
    void theAnswersASenderMustTellApartAreKeptApart() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Map.of("example.org", List.of(),
                "nomail.example", List.of(new TinyDnsServer.Mx(0, ""))), Set.of("broken.example"))) {
            MxLookup lookup = MxLookup.using(dns.address());
            // RFC 5321 §5.1: only an empty answer for an existing name means "implicit MX".
            assertEquals(new MxLookup.NoRecords(), lookup.answer("example.org"));
            // A name that does not exist is an error, not an implicit MX.
            assertEquals(new MxLookup.NoSuchDomain(), lookup.answer("nothing.example.net"));
            // RFC 7505: "0 ." means the domain accepts no mail.
            assertEquals(new MxLookup.NullMx(), lookup.answer("nomail.example"));
            // SERVFAIL: a temporary failure, retry later (RFC 5321 §4.5.4.1).
            assertInstanceOf(MxLookup.TryLater.class, lookup.answer("broken.example"));
        }
    }

    @Test
    void equalPreferencesComeInRandomOrder() {
        // RFC 5321 §5.1: MX hosts of equal preference MUST be tried in random order.
        List<String> values = List.of("10 a.example.", "10 b.example.", "10 c.example.", "5 first.example.");
        Set<List<String>> orders = new HashSet<>();
        Random random = new Random(17);
        for (int i = 0; i < 60; i++) {
            MxLookup.Records records = (MxLookup.Records) MxLookup.classify(values, random);
            assertEquals("first.example", records.records().get(0).host());
            orders.add(records.records().stream().skip(1).map(MxLookup.MxRecord::host).toList());
        }
        assertEquals(6, orders.size(), "all 3! orders of the equal hosts appear: " + orders);
    }

    @Test
    void recordTextIsParsed() {
        assertEquals(new MxLookup.MxRecord(5, "gmail-smtp-in.l.google.com"),
                MxLookup.parse("5 gmail-smtp-in.l.google.com.").orElseThrow());
        assertEquals(java.util.Optional.empty(), MxLookup.parse("garbage"));
    }
}
