package dev.smtptutor.sim;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts one certificate, fetched when the first handshake needs it. Lets a client be configured for
 * the simulator before the simulator has made its certificate.
 */
final class PinnedTrust implements X509TrustManager {

    private final Supplier<X509Certificate> pinned;

    private PinnedTrust(Supplier<X509Certificate> pinned) {
        this.pinned = pinned;
    }

    static SSLContext context(Supplier<X509Certificate> pinned) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinnedTrust(pinned)}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is part of every Java runtime", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0 || !chain[0].equals(pinned.get())) {
            throw new CertificateException("not the simulator's certificate");
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the simulator's client context authenticates servers only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
