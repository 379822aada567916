package dev.smtptutor.sim;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The simulator's TLS key and self-signed certificate, made fresh in memory at start-up for the
 * configured host name (plus localhost and 127.0.0.1). No private key is ever stored or shipped.
 * An EC P-256 key: generated in milliseconds, accepted by every TLS 1.2/1.3 client.
 */
public final class TlsIdentity {

    private static final char[] PASSWORD = "in-memory-only".toCharArray();

    private final X509Certificate certificate;
    private final SSLContext serverContext;

    private TlsIdentity(X509Certificate certificate, SSLContext serverContext) {
        this.certificate = certificate;
        this.serverContext = serverContext;
    }

    public static TlsIdentity generate(String hostName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = CertificateMakers.bouncyCastle().make(hostName, keys, Instant.now());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("simulator", keys.getPrivate(), PASSWORD, new Certificate[] {certificate});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, new SecureRandom());
            return new TlsIdentity(certificate, context);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot create the simulator's TLS certificate: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public SSLContext serverContext() {
        return serverContext;
    }

    /** A client context that trusts exactly this certificate: how the shell talks to its own simulator. */
    public SSLContext clientContext() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("simulator", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot trust the simulator's certificate: " + e.getMessage(), e);
        }
    }
}
