package dev.smtptutor.cli;

import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.ProbeReport;
import dev.smtptutor.client.Prober;
import dev.smtptutor.client.TlsDetails;
import dev.smtptutor.explain.CapabilityNote;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.ExplanationJson;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.Extension;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.shell.HostSpec;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code probe HOST[:PORT]}: banner, extensions, STARTTLS and AUTH support, explained, with a verdict. */
@picocli.CommandLine.Command(name = "probe", mixinStandardHelpOptions = true)
final class ProbeCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Parameters(paramLabel = "HOST[:PORT]", descriptionKey = "param.host-port")
    String target;

    @Option(names = "--tls")
    boolean tls;

    @Option(names = "--json")
    boolean json;

    @Mixin
    HostOptions hostOptions;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<HostSpec> host = HostSpec.parse(target, tls ? Optional.of(dev.smtptutor.client.TlsMode.IMPLICIT)
                : Optional.empty());
        if (host.isEmpty()) {
            spec.commandLine().getErr().println(CliTexts.get("probe.bad-target", java.util.Map.of("target", target)));
            return 2;
        }
        ConnectionOptions options = hostOptions.settings().options(host.get());
        // Banner and EHLO lines come from a server the learner does not control: shown, never obeyed.
        PrintWriter out = json ? VisibleWriter.json(spec.commandLine().getOut())
                : VisibleWriter.text(spec.commandLine().getOut());
        if (!json) {
            out.println(ProbeTexts.get("probing", Map.of("endpoint", options.endpoint(),
                    "how", ProbeTexts.get("how." + options.mode().name().toLowerCase(Locale.ROOT)))));
        }
        ProbeReport report = Prober.probe(options);
        if (json) {
            out.println(json(report));
        } else {
            human(report, out);
        }
        out.flush();
        return report.banner().isPresent() ? 0 : 1;
    }

    private static void human(ProbeReport report, PrintWriter out) {
        Explainer explainer = Explainer.standard();
        report.banner().ifPresent(banner -> {
            row(out, ProbeTexts.get("label.banner"), banner.toString());
            for (String line : ExplanationText.lines(explainer.explain(banner, ReplyContext.greeting()),
                    ExplanationText.Detail.SHORT)) {
                row(out, "", line);
            }
        });
        report.plain().ifPresent(ehlo -> extensions(out, ProbeTexts.get("label.ehlo-plain"), ehlo, explainer));
        report.tls().ifPresent(details -> tls(out, details));
        report.tlsProblem().ifPresent(e -> row(out, report.tls().isPresent() ? "" : ProbeTexts.get("label.tls"),
                e.explanation().happened()));
        report.secure().ifPresent(ehlo -> extensions(out, ProbeTexts.get("label.ehlo-tls"), ehlo, explainer));
        if (report.banner().filter(b -> b.code() == 220).isPresent()) {
            row(out, ProbeTexts.get("label.auth"), ProbeTexts.get("auth.line", Map.of(
                    "before", words(report.authBeforeTls()), "after", words(report.authAfterTls()))));
            row(out, ProbeTexts.get("label.size"), report.effective().map(EhloResponse::sizeLimit)
                    .filter(java.util.OptionalLong::isPresent).map(size -> ProbeTexts.get("size.line", Map.of(
                            "octets", size.getAsLong(), "human", ProbeVerdict.human(size.getAsLong()))))
                    .orElse(ProbeTexts.get("size.none")));
        }
        report.failure().ifPresent(e -> {
            out.println();
            out.println("!!  " + e.explanation().happened());
            out.println("    " + e.explanation().meaning());
            out.println("    " + e.explanation().tryThis());
        });
        out.println();
        out.println(ProbeTexts.get("verdict"));
        for (ProbeVerdict.Line line : ProbeVerdict.of(report)) {
            out.println("  [" + line.mark() + "] " + line.text());
        }
    }

    private static void extensions(PrintWriter out, String label, EhloResponse ehlo, Explainer explainer) {
        List<CapabilityNote> notes = explainer.explain(reply(ehlo), ReplyContext.after(dev.smtptutor.protocol.Command.of(Verb.EHLO,
                Prober.EHLO_NAME), SmtpState.CONNECTED)).capabilities();
        row(out, label, (ehlo.serverName() + " " + ehlo.greeting()).strip());
        for (CapabilityNote note : notes) {
            row(out, "", DisplayWidth.padRight(note.line() + (note.known() ? "" : " " + ProbeTexts.get("extension.unknown")), 28) + " " + note.explanation());
        }
    }

    private static void tls(PrintWriter out, TlsDetails details) {
        row(out, ProbeTexts.get("label.tls"), ProbeTexts.get("tls.summary",
                Map.of("protocol", details.protocol(), "cipher", details.cipherSuite())));
        row(out, "", ProbeTexts.get("tls.certificate", Map.of("subject", details.subject(), "issuer", details.issuer(),
                "until", DATE.format(details.notAfter()))));
        row(out, "", details.verified() ? ProbeTexts.get("tls.trusted")
                : ProbeTexts.get("tls.untrusted", Map.of("issues", ProbeVerdict.issues(details))));
    }

    /** The EHLO reply again, as the explainer reads replies. */
    static Reply reply(EhloResponse ehlo) {
        List<String> lines = new ArrayList<>();
        lines.add((ehlo.serverName() + " " + ehlo.greeting()).strip());
        ehlo.extensions().stream().map(Extension::toString).forEach(lines::add);
        return Reply.multiline(250, lines);
    }

    private static void row(PrintWriter out, String label, String text) {
        out.print(DisplayWidth.padRight(label, 18) + " " + text + System.lineSeparator());
        out.flush();
    }

    private static String words(List<String> list) {
        return list.isEmpty() ? ProbeTexts.get("none") : String.join(" ", list);
    }

    static String json(ProbeReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("host", report.options().host());
        fields.put("port", report.options().port());
        fields.put("mode", report.options().mode().name().toLowerCase(Locale.ROOT));
        fields.put("banner", report.banner().map(b -> object("code", b.code(), "text", b.text())).orElse(null));
        fields.put("extensions_before_tls", keywords(report.plain()));
        fields.put("tls", report.tls().map(ProbeCommand::tlsJson).orElse(null));
        fields.put("tls_problem", report.tlsProblem().map(ProbeCommand::problemJson).orElse(null));
        fields.put("extensions_after_tls", keywords(report.secure()));
        fields.put("auth_before_tls", report.authBeforeTls());
        fields.put("auth_after_tls", report.authAfterTls());
        fields.put("size_limit", report.effective().map(EhloResponse::sizeLimit)
                .filter(java.util.OptionalLong::isPresent).map(java.util.OptionalLong::getAsLong).orElse(null));
        fields.put("failure", report.failure().map(ProbeCommand::problemJson).orElse(null));
        fields.put("verdict", ProbeVerdict.of(report).stream()
                .map(l -> object("level", l.level().name().toLowerCase(Locale.ROOT), "text", l.text())).toList());
        return ExplanationJson.write(fields);
    }

    /** A JSON object with its fields in the order given: name, value, name, value... */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, Object> tlsJson(TlsDetails t) {
        return object("protocol", t.protocol(), "cipher", t.cipherSuite(), "subject", t.subject(), "issuer", t.issuer(),
                "not_after", t.notAfter().toString(), "trusted", t.verified(), "issues", t.issueDescriptions());
    }

    private static Map<String, Object> problemJson(ConnectionException e) {
        return object("problem", e.problem().name(), "happened", e.explanation().happened());
    }

    private static List<String> keywords(Optional<EhloResponse> ehlo) {
        return ehlo.map(e -> e.extensions().stream().map(Extension::toString).toList()).orElse(null);
    }
}
