package dev.smtptutor.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Does a certificate name this host? RFC 9525 §6.3 (formerly RFC 6125 §6.4), as mail clients apply it (RFC 7817 §3): DNS
 * names in the subject alternative names, a wildcard only as the whole left-most label matching
 * exactly one label, the common name only when the certificate lists no DNS name, and an IP address
 * only against IP address entries. The JDK enforces the same during the handshake; this class lets
 * an insecure connection say whether the name would have matched.
 */
final class HostnameMatcher {

    static final int DNS_NAME = 2;
    static final int IP_ADDRESS = 7;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private HostnameMatcher() {}

    static boolean matches(X509Certificate certificate, String host) {
        String name = normalise(host);
        if (isIpLiteral(name)) {
            return alternativeNames(certificate, IP_ADDRESS).stream().anyMatch(ip -> sameAddress(ip, name));
        }
        List<String> dnsNames = alternativeNames(certificate, DNS_NAME);
        if (dnsNames.isEmpty()) {
            return commonName(certificate).map(cn -> matchesPattern(normalise(cn), name)).orElse(false);
        }
        return dnsNames.stream().anyMatch(pattern -> matchesPattern(normalise(pattern), name));
    }

    private static boolean matchesPattern(String pattern, String name) {
        if (!pattern.startsWith("*.")) {
            return pattern.equals(name);
        }
        String parent = pattern.substring(2);
        int dot = name.indexOf('.');
        // "*.test" would cover a whole top-level domain: never accepted.
        return parent.indexOf('.') > 0 && dot > 0 && name.substring(dot + 1).equals(parent);
    }

    private static String normalise(String name) {
        String out = name.strip().toLowerCase(Locale.ROOT);
        if (out.startsWith("[") && out.endsWith("]")) {
            out = out.substring(1, out.length() - 1);
        }
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    static boolean isIpLiteral(String name) {
        return IPV4.matcher(name).matches() || name.indexOf(':') >= 0;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            // Both are literals, so no DNS lookup happens.
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** The subject alternative names of one type (2 = DNS, 7 = IP address, RFC 5280 §4.2.1.6). */
    static List<String> alternativeNames(X509Certificate certificate, int type) {
        List<String> out = new ArrayList<>();
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException unreadable) {
            return out;
        }
        if (names == null) {
            return out;
        }
        for (List<?> entry : names) {
            if (entry.size() >= 2 && Integer.valueOf(type).equals(entry.get(0)) && entry.get(1) instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    /** The most specific CN of the subject, if any. */
    static Optional<String> commonName(X509Certificate certificate) {
        return commonName(certificate.getSubjectX500Principal().getName());
    }

    static Optional<String> commonName(String distinguishedName) {
        try {
            List<Rdn> rdns = new LdapName(distinguishedName).getRdns();
            // LdapName lists the RDNs from the least to the most specific.
            for (int i = rdns.size() - 1; i >= 0; i--) {
                if (rdns.get(i).getType().equalsIgnoreCase("CN")) {
                    return Optional.of(rdns.get(i).getValue().toString());
                }
            }
        } catch (InvalidNameException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
