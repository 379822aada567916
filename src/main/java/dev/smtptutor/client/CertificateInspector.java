package dev.smtptutor.client;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Every reason a certificate chain would be refused for a host. The trust decision itself is the
 * JDK's (PKIX path validation against the trust anchors); this class only works out why it said no,
 * so that a learner reads "self-signed" instead of "PKIX path building failed".
 */
final class CertificateInspector {

    /** A PKIX check of a chain without its host name, e.g. a trust manager's. */
    @FunctionalInterface
    interface ChainCheck {
        void check(X509Certificate[] chain) throws CertificateException;
    }

    private CertificateInspector() {}

    /** The issues in declaration order of {@link CertificateIssue}, most fundamental first. */
    static List<CertificateIssue> inspect(X509Certificate[] chain, String host, ChainCheck anchors, Instant now) {
        List<CertificateIssue> issues = new ArrayList<>();
        if (!passes(anchors, chain)) {
            X509Certificate leaf = chain[0];
            if (isSelfSigned(leaf)) {
                issues.add(CertificateIssue.SELF_SIGNED);
            }
            boolean expired = false;
            boolean notYetValid = false;
            for (X509Certificate certificate : chain) {
                expired |= certificate.getNotAfter().before(Date.from(now));
                notYetValid |= certificate.getNotBefore().after(Date.from(now));
            }
            if (!isSelfSigned(leaf) && !expired && !notYetValid) {
                // Nothing else explains the refusal: the chain does not lead to a trusted authority.
                issues.add(CertificateIssue.UNKNOWN_ISSUER);
            }
            if (expired) {
                issues.add(CertificateIssue.EXPIRED);
            }
            if (notYetValid) {
                issues.add(CertificateIssue.NOT_YET_VALID);
            }
        }
        if (!HostnameMatcher.matches(chain[0], host)) {
            issues.add(CertificateIssue.HOSTNAME_MISMATCH);
        }
        return List.copyOf(issues);
    }

    private static boolean passes(ChainCheck anchors, X509Certificate[] chain) {
        try {
            anchors.check(chain);
            return true;
        } catch (CertificateException refused) {
            return false;
        }
    }

    /** Issued by itself and signed with its own key. */
    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException notByItsOwnKey) {
            return false;
        }
    }
}
