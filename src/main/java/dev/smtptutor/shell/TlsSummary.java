package dev.smtptutor.shell;

import dev.smtptutor.client.TlsDetails;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What a STARTTLS (or implicit TLS) handshake established, shown right after it. */
final class TlsSummary {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TlsSummary() {}

    static void show(ShellOutput out, TlsDetails tls, boolean simulator) {
        out.line(Messages.get("tls.established", Map.of("protocol", tls.protocol(), "cipher", tls.cipherSuite())),
                out.styles().bold());
        out.line(Messages.get("tls.subject", "subject", tls.subject()));
        out.line(Messages.get("tls.issuer", "issuer", tls.issuer()));
        if (!tls.subjectAlternativeNames().isEmpty()) {
            out.line(Messages.get("tls.names", "names", String.join(", ", tls.subjectAlternativeNames())));
        }
        out.line(Messages.get("tls.validity", Map.of("from", DATE.format(tls.notBefore()),
                "until", DATE.format(tls.notAfter()))));
        if (tls.verified()) {
            out.wrapped(Messages.get(simulator ? "tls.trusted.simulator" : "tls.trusted"), out.styles().dim());
        } else {
            out.warn(Messages.get("tls.untrusted"));
            tls.issueDescriptions().forEach(issue -> out.warn("      - " + issue));
        }
        out.hint(Messages.get("tls.ehlo-again"));
    }
}
