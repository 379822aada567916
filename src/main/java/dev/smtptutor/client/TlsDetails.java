package dev.smtptutor.client;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * What a finished TLS handshake established, for the learner to inspect.
 *
 * @param host                    the name the client asked for (and checked the certificate against)
 * @param protocol                e.g. "TLSv1.3"
 * @param cipherSuite             e.g. "TLS_AES_256_GCM_SHA384"
 * @param subject                 the server certificate's subject, RFC 2253 form ("CN=mail.example.test,O=...")
 * @param issuer                  who signed it, same form
 * @param subjectAlternativeNames "DNS:name" and "IP:address" entries, as openssl shows them
 * @param notBefore               start of validity
 * @param notAfter                end of validity
 * @param issues                  why the certificate would have been refused; only an insecure connection
 *                                gets this far with any
 */
public record TlsDetails(String host, String protocol, String cipherSuite, String subject, String issuer,
                         List<String> subjectAlternativeNames, Instant notBefore, Instant notAfter,
                         List<CertificateIssue> issues) {

    public TlsDetails {
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
        issues = List.copyOf(issues);
    }

    static TlsDetails of(SSLSession session, String host, List<CertificateIssue> issues)
            throws SSLPeerUnverifiedException {
        Certificate[] chain = session.getPeerCertificates();
        X509Certificate leaf = (X509Certificate) chain[0];
        List<String> names = new ArrayList<>();
        HostnameMatcher.alternativeNames(leaf, HostnameMatcher.DNS_NAME).forEach(n -> names.add("DNS:" + n));
        HostnameMatcher.alternativeNames(leaf, HostnameMatcher.IP_ADDRESS).forEach(n -> names.add("IP:" + n));
        return new TlsDetails(host, session.getProtocol(), session.getCipherSuite(),
                leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(), names,
                leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), issues);
    }

    /** True when the chain leads to a trusted authority and is within its dates. */
    public boolean trusted() {
        return issues.stream().noneMatch(i -> i != CertificateIssue.HOSTNAME_MISMATCH);
    }

    /** True when the certificate names the host the client asked for. */
    public boolean hostnameMatches() {
        return !issues.contains(CertificateIssue.HOSTNAME_MISMATCH);
    }

    /** True when nothing is wrong: trusted and for this host. */
    public boolean verified() {
        return issues.isEmpty();
    }

    /** The subject's common name, e.g. "mail.example.test". */
    public Optional<String> subjectCommonName() {
        return HostnameMatcher.commonName(subject);
    }

    /** One sentence per issue, for the loud warning of an insecure connection. */
    public List<String> issueDescriptions() {
        return issues.stream().map(issue -> issue.describe(host, notBefore, notAfter)).toList();
    }
}
