package dev.smtptutor.mail;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Trust;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The Jakarta Mail session properties for a {@link SendRequest} (the mail.smtp.* names of the Angus
 * SMTP provider). Kept apart from the sending so the mapping can be read, and tested, on its own.
 */
final class TransportSettings {

    private TransportSettings() {}

    static Properties of(SendRequest request) {
        ConnectionOptions target = request.target();
        Properties props = new Properties();
        props.put("mail.smtp.host", target.host());
        props.put("mail.smtp.port", String.valueOf(target.port()));
        props.put("mail.smtp.connectiontimeout", String.valueOf(target.connectTimeout().toMillis()));
        props.put("mail.smtp.timeout", String.valueOf(target.replyTimeout().toMillis()));
        props.put("mail.smtp.writetimeout", String.valueOf(target.replyTimeout().toMillis()));
        props.put("mail.smtp.from", request.envelopeFrom());
        request.ehloName().ifPresent(name -> props.put("mail.smtp.localhost", name));
        switch (request.tls()) {
            case NONE -> { }
            case WHEN_OFFERED -> props.put("mail.smtp.starttls.enable", "true");
            case REQUIRED -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case IMPLICIT -> props.put("mail.smtp.ssl.enable", "true");
        }
        if (request.tls() != TlsUse.NONE) {
            props.put("mail.smtp.ssl.checkserveridentity", "true");
            trust(target.trust(), props);
        }
        if (request.credentials().isPresent()) {
            props.put("mail.smtp.auth", "true");
        }
        // The trace must show AUTH as it happens; TraceParser masks the credentials as each line arrives.
        props.put("mail.debug.auth", "true");
        return props;
    }

    /** The same certificates the shell's own connection trusts. */
    private static void trust(Trust trust, Properties props) {
        if (trust instanceof Trust.Context context) {
            // The simulator: a context that trusts exactly the certificate it made for itself.
            props.put("mail.smtp.ssl.socketFactory", context.context().get().getSocketFactory());
        } else if (trust instanceof Trust.Authorities authorities) {
            // A lab's own CA: trusted here on its own, which is what a lab server needs.
            props.put("mail.smtp.ssl.socketFactory", contextTrusting(authorities).getSocketFactory());
        } else if (trust instanceof Trust.Insecure) {
            props.put("mail.smtp.ssl.trust", "*");
        }
        // Trust.SystemDefault: Jakarta Mail's default, the JDK trust store.
    }

    private static SSLContext contextTrusting(Trust.Authorities authorities) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate certificate : authorities.certificates()) {
                store.setCertificateEntry("authority-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("an in-memory trust store always loads", e);
        }
    }
}
