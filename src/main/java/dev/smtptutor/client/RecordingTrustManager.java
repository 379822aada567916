package dev.smtptutor.client;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks the server's certificate against the JDK's default trust store (plus any extra authorities)
 * and remembers what it found: the certificate, and every reason it would refuse it. In strict mode
 * it refuses on any issue and then lets the JDK run its own full check, host name included; in
 * insecure mode it accepts everything, so the learner can look and be warned.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private static final ResourceTexts WORDS = ResourceTexts.load("details");


    private final List<X509ExtendedTrustManager> anchors;
    private final String host;
    private final boolean insecure;
    private volatile List<CertificateIssue> issues = List.of();
    private volatile Optional<X509Certificate> leaf = Optional.empty();
    private volatile boolean refused;

    private RecordingTrustManager(List<X509ExtendedTrustManager> anchors, String host, boolean insecure) {
        this.anchors = List.copyOf(anchors);
        this.host = host;
        this.insecure = insecure;
    }

    static RecordingTrustManager create(List<X509Certificate> extraAuthorities, String host, boolean insecure) {
        List<X509ExtendedTrustManager> anchors = new ArrayList<>();
        anchors.add(SystemDefault.TRUST_MANAGER);
        if (!extraAuthorities.isEmpty()) {
            anchors.add(trustManager(keyStoreOf(extraAuthorities)));
        }
        return new RecordingTrustManager(anchors, host, insecure);
    }

    /** Loaded once, on first use: reading cacerts takes longer than a handshake on loopback. */
    private static final class SystemDefault {
        static final X509ExtendedTrustManager TRUST_MANAGER = trustManager(null);
    }

    /** A PKIX trust manager over a key store; null means the JDK's default trust store (cacerts). */
    private static X509ExtendedTrustManager trustManager(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the trust store: " + e.getMessage(), e);
        }
    }

    private static KeyStore keyStoreOf(List<X509Certificate> authorities) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                store.setCertificateEntry("authority-" + i, authorities.get(i));
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the extra authorities: " + e.getMessage(), e);
        }
    }

    List<CertificateIssue> issues() {
        return issues;
    }

    Optional<X509Certificate> leaf() {
        return leaf;
    }

    /** True when this trust manager refused the server's certificate. */
    boolean refused() {
        return refused;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain, authType, anchor -> anchor.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, authType, anchor -> anchor.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType, anchor -> anchor.checkServerTrusted(chain, authType));
    }

    @FunctionalInterface
    private interface AnchorCheck {
        void check(X509ExtendedTrustManager anchor) throws CertificateException;
    }

    private void check(X509Certificate[] chain, String authType, AnchorCheck jdkFullCheck)
            throws CertificateException {
        if (chain == null || chain.length == 0) {
            refused = true;
            throw new CertificateException(WORDS.text("tls.no-certificate", java.util.Map.of()));
        }
        leaf = Optional.of(chain[0]);
        issues = CertificateInspector.inspect(chain, host,
                c -> acceptedByAny(anchor -> anchor.checkServerTrusted(c, authType)), Instant.now());
        if (insecure) {
            return;
        }
        try {
            if (!issues.isEmpty()) {
                throw new CertificateException(WORDS.text("tls.refused", java.util.Map.of("issues", issues)));
            }
            // Belt and braces: the JDK's own complete check, including the host name (the socket
            // carries the endpoint identification algorithm).
            acceptedByAny(jdkFullCheck);
        } catch (CertificateException e) {
            refused = true;
            throw e;
        }
    }

    private void acceptedByAny(AnchorCheck check) throws CertificateException {
        CertificateException first = null;
        for (X509ExtendedTrustManager anchor : anchors) {
            try {
                check.check(anchor);
                return;
            } catch (CertificateException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("this client checks servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("this client checks servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this client checks servers only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors.stream().flatMap(anchor -> Arrays.stream(anchor.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }
}
