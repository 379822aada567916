package dev.smtptutor.client;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A connection failed in one of the ways {@link Problem} names. It carries the learner-facing
 * {@link #explanation()} and, apart from it, the technical detail (the operating system's or the TLS
 * library's own words), so that neither is ever shown without the other being available.
 */
public final class ConnectionException extends Exception {

    private final Problem problem;
    private final ProblemExplanation explanation;
    private final String technicalDetail;
    private final List<CertificateIssue> certificateIssues;

    private ConnectionException(Problem problem, Map<String, String> facts, String technicalDetail,
                                List<CertificateIssue> certificateIssues, Throwable cause) {
        super(cause);
        this.problem = problem;
        this.technicalDetail = technicalDetail;
        this.certificateIssues = List.copyOf(certificateIssues);
        this.explanation = problem.explain(facts);
    }

    static ConnectionException of(Problem problem, ConnectionOptions options, String detail, Throwable cause) {
        return new ConnectionException(problem, facts(problem, options, ""), detail, List.of(), cause);
    }

    /** A certificate was refused; the issues say why, most fundamental first. */
    static ConnectionException certificate(List<CertificateIssue> issues, ConnectionOptions options,
                                           Optional<X509Certificate> leaf, String detail, Throwable cause) {
        Problem problem = CertificateIssue.primaryProblem(issues);
        String described = leaf.map(cert -> CertificateIssue.describeAll(issues, options.host(),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant())).orElse("");
        return new ConnectionException(problem, facts(problem, options, described), detail, issues, cause);
    }

    static ConnectionException badCaFile(Path file, String detail, Throwable cause) {
        return new ConnectionException(Problem.BAD_CA_FILE, Map.of("file", file.toString(), "issues", ""), detail,
                List.of(), cause);
    }

    private static Map<String, String> facts(Problem problem, ConnectionOptions options, String issues) {
        Map<String, String> facts = new HashMap<>();
        facts.put("host", options.host());
        facts.put("port", Integer.toString(options.port()));
        facts.put("endpoint", options.endpoint());
        facts.put("mode", options.mode().name().toLowerCase(Locale.ROOT));
        facts.put("timeout", Failures.human(problem == Problem.CONNECT_TIMEOUT
                ? options.connectTimeout() : options.replyTimeout()));
        facts.put("issues", issues);
        return facts;
    }

    public Problem problem() {
        return problem;
    }

    /** What happened, what it means, what to try: words for the learner. */
    public ProblemExplanation explanation() {
        return explanation;
    }

    /** The underlying library's words, e.g. "ConnectException: Connection refused". */
    public String technicalDetail() {
        return technicalDetail;
    }

    /** For certificate problems: every reason the certificate was refused; empty otherwise. */
    public List<CertificateIssue> certificateIssues() {
        return certificateIssues;
    }

    @Override
    public String getMessage() {
        return explanation.happened() + " (" + technicalDetail + ")";
    }
}
