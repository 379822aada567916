package dev.smtptutor.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The words in problems.properties and certificate-issues.properties: complete, and every placeholder filled. */
class ProblemTextsTest {

    private static final Map<String, String> FACTS = Map.of("host", "mx.example.org", "port", "25",
            "endpoint", "mx.example.org:25", "timeout", "30 s", "mode", "plain", "file", "lab.pem", "issues", "");

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyProblemIsExplainedInThreeParts(Problem problem) {
        ProblemExplanation explanation = problem.explain(FACTS);
        for (String part : List.of(explanation.happened(), explanation.meaning(), explanation.tryThis())) {
            assertFalse(part.isBlank(), problem + " has an empty part");
            assertFalse(part.contains("{"), problem + " has an unfilled placeholder: " + part);
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateIssue.class)
    void everyCertificateIssueIsDescribed(CertificateIssue issue) {
        String text = issue.describe("mx.example.org", Instant.EPOCH, Instant.EPOCH);
        assertFalse(text.isBlank());
        assertFalse(text.contains("{"), text);
    }

    @Test
    void expiryIsDescribedWithItsDate() {
        assertEquals("the certificate expired on 2024-03-01 12:00 UTC", CertificateIssue.EXPIRED.describe(
                "mx.example.org", Instant.EPOCH, Instant.parse("2024-03-01T12:00:00Z")));
    }

    @Test
    void severalIssuesAreListedInOneSentence() {
        assertEquals(" In detail: the certificate is self-signed: no certificate authority vouches for it;"
                + " the certificate is not for the name mx.example.org.", CertificateIssue.describeAll(
                List.of(CertificateIssue.SELF_SIGNED, CertificateIssue.HOSTNAME_MISMATCH), "mx.example.org",
                Instant.EPOCH, Instant.EPOCH));
    }

    @Test
    void mostFundamentalIssueNamesTheProblem() {
        assertEquals(Problem.CERT_SELF_SIGNED, CertificateIssue.primaryProblem(
                List.of(CertificateIssue.HOSTNAME_MISMATCH, CertificateIssue.SELF_SIGNED)));
    }
}
