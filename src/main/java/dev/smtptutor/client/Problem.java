package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What went wrong on a connection, in the kinds a learner can act on. The explanations live in
 * {@code problems.properties}.
 */
public enum Problem implements Exchange.Failure {
    UNKNOWN_HOST,
    REFUSED,
    UNREACHABLE,
    CONNECT_TIMEOUT,
    REPLY_TIMEOUT,
    CLOSED_BY_SERVER,
    RESET,
    NOT_CONNECTED,
    TLS_HANDSHAKE_FAILED,
    CERT_UNTRUSTED,
    CERT_SELF_SIGNED,
    CERT_EXPIRED,
    CERT_HOSTNAME_MISMATCH,
    MALFORMED_REPLY,
    REPLY_TOO_LONG,
    BAD_CA_FILE,
    NETWORK_ERROR;

    private static final ResourceTexts TEXTS = ResourceTexts.load("problems");
    private static final Set<Problem> CERTIFICATE = EnumSet.of(CERT_UNTRUSTED, CERT_SELF_SIGNED, CERT_EXPIRED,
            CERT_HOSTNAME_MISMATCH);
    // The connection survives these: the server may still answer later, or the next reply may be fine.
    private static final Set<Problem> RECOVERABLE = EnumSet.of(REPLY_TIMEOUT, MALFORMED_REPLY);

    public boolean isCertificateProblem() {
        return CERTIFICATE.contains(this);
    }

    /** True when the connection is gone (or never existed) after this problem. */
    public boolean endsConnection() {
        return !RECOVERABLE.contains(this);
    }

    /** The learner-facing explanation, with placeholders such as {@code {host}} filled from the facts. */
    public ProblemExplanation explain(Map<String, String> facts) {
        return new ProblemExplanation(TEXTS.text(name() + ".happened", facts),
                TEXTS.text(name() + ".meaning", facts), TEXTS.text(name() + ".try", facts));
    }
}
