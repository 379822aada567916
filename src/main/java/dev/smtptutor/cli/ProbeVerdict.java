package dev.smtptutor.cli;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.ProbeReport;
import dev.smtptutor.client.TlsDetails;
import dev.smtptutor.client.TlsMode;
import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** The one-screen judgement of a probe: what is good, what is risky, what is merely so. */
final class ProbeVerdict {

    enum Level { GOOD, WARN, BAD, INFO }

    record Line(Level level, String text) {
        /** "ok  ", "warn", "BAD ", "info" in English: the level's word, padded to the widest of the four. */
        String mark() {
            int width = java.util.Arrays.stream(Level.values()).mapToInt(l -> DisplayWidth.of(word(l))).max().orElse(0);
            return DisplayWidth.padRight(word(level), width);
        }

        private static String word(Level level) {
            return ProbeTexts.get("verdict.mark." + level.name().toLowerCase(Locale.ROOT));
        }
    }

    private static final List<String> MODERN = List.of("PIPELINING", "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES",
            "CHUNKING", "DSN", "REQUIRETLS");

    private ProbeVerdict() {}

    static List<Line> of(ProbeReport report) {
        List<Line> lines = new ArrayList<>();
        if (report.failure().isPresent() && report.banner().isEmpty()) {
            lines.add(new Line(Level.BAD, ProbeTexts.get("verdict.failed",
                    Map.of("happened", report.failure().get().explanation().happened()))));
            return lines;
        }
        if (report.banner().filter(b -> b.code() == 220).isEmpty()) {
            lines.add(new Line(Level.BAD, ProbeTexts.get("verdict.refused")));
            return lines;
        }
        lines.add(tls(report));
        lines.add(auth(report));
        OptionalLong size = report.effective().map(EhloResponse::sizeLimit).orElse(OptionalLong.empty());
        lines.add(size.isPresent()
                ? new Line(Level.INFO, ProbeTexts.get("verdict.size", Map.of("human", human(size.getAsLong()))))
                : new Line(Level.INFO, ProbeTexts.get("verdict.size.none")));
        List<String> modern = report.effective().map(e -> MODERN.stream().filter(e::supports).toList()).orElse(List.of());
        if (!modern.isEmpty()) {
            lines.add(new Line(Level.INFO, ProbeTexts.get("verdict.modern", Map.of("list", String.join(", ", modern)))));
        }
        report.failure().ifPresent(e -> lines.add(new Line(Level.WARN,
                ProbeTexts.get("verdict.failed", Map.of("happened", e.explanation().happened())))));
        return lines;
    }

    private static Line tls(ProbeReport report) {
        if (report.options().mode() == TlsMode.IMPLICIT && report.tls().isPresent()) {
            return trusted(report.tls().get()) ? new Line(Level.GOOD, ProbeTexts.get("verdict.tls.implicit"))
                    : new Line(Level.WARN, ProbeTexts.get("verdict.tls.implicit-untrusted",
                            Map.of("why", issues(report.tls().get()))));
        }
        if (report.tlsProblem().isPresent()) {
            ConnectionException e = report.tlsProblem().get();
            String key = e.problem().isCertificateProblem() ? "verdict.tls.untrusted" : "verdict.tls.failed";
            return new Line(Level.WARN, ProbeTexts.get(key, Map.of("why", e.explanation().happened())));
        }
        if (report.tls().isPresent()) {
            TlsDetails tls = report.tls().get();
            return trusted(tls) ? new Line(Level.GOOD, ProbeTexts.get("verdict.tls.trusted"))
                    : new Line(Level.WARN, ProbeTexts.get("verdict.tls.untrusted", Map.of("why", issues(tls))));
        }
        if (report.plain().isEmpty()) {
            // No EHLO reply was read (the server closed first): whether it offers STARTTLS is unknown.
            return new Line(Level.WARN, ProbeTexts.get("verdict.tls.unknown"));
        }
        return new Line(Level.BAD, ProbeTexts.get("verdict.tls.none"));
    }

    private static Line auth(ProbeReport report) {
        if (!report.authBeforeTls().isEmpty()) {
            return new Line(Level.WARN, ProbeTexts.get("verdict.auth.before-tls",
                    Map.of("mechanisms", String.join(" ", report.authBeforeTls()))));
        }
        if (!report.authAfterTls().isEmpty()) {
            return new Line(Level.GOOD, ProbeTexts.get("verdict.auth.tls-only",
                    Map.of("mechanisms", String.join(" ", report.authAfterTls()))));
        }
        return new Line(Level.INFO, ProbeTexts.get("verdict.auth.none"));
    }

    static boolean trusted(TlsDetails tls) {
        return tls.verified();
    }

    static String issues(TlsDetails tls) {
        return String.join("; ", tls.issueDescriptions());
    }

    /** 10240000 → "9.8 MiB". */
    static String human(long octets) {
        if (octets < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", octets / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", octets / (1024.0 * 1024.0));
    }
}
