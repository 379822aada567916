package dev.smtptutor.client;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One reason a server certificate would not be trusted. Declared from the most to the least
 * fundamental: the first issue of a list names the {@link Problem}.
 */
public enum CertificateIssue {
    SELF_SIGNED(Problem.CERT_SELF_SIGNED),
    UNKNOWN_ISSUER(Problem.CERT_UNTRUSTED),
    EXPIRED(Problem.CERT_EXPIRED),
    NOT_YET_VALID(Problem.CERT_EXPIRED),
    HOSTNAME_MISMATCH(Problem.CERT_HOSTNAME_MISMATCH);

    private static final ResourceTexts TEXTS = ResourceTexts.load("certificate-issues");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Problem problem;

    CertificateIssue(Problem problem) {
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** One sentence for the learner, e.g. "the certificate is not for the name localhost". */
    public String describe(String host, Instant notBefore, Instant notAfter) {
        return TEXTS.text(name(), Map.of("host", host, "notBefore", DATE.format(notBefore),
                "notAfter", DATE.format(notAfter)));
    }

    /** The problem a list of issues amounts to: that of its most fundamental issue. */
    static Problem primaryProblem(List<CertificateIssue> issues) {
        return issues.stream().sorted().findFirst().map(CertificateIssue::problem).orElse(Problem.CERT_UNTRUSTED);
    }

    /** " In detail: a; b." for the {issues} placeholder, or "" for no issues. */
    static String describeAll(List<CertificateIssue> issues, String host, Instant notBefore, Instant notAfter) {
        if (issues.isEmpty()) {
            return "";
        }
        Map<String, String> none = Map.of();
        return issues.stream().map(issue -> issue.describe(host, notBefore, notAfter))
                .collect(Collectors.joining(TEXTS.text("list.separator", none), TEXTS.text("list.intro", none),
                        TEXTS.text("list.end", none)));
    }
}
