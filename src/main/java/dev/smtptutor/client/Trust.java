package dev.smtptutor.client;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/** Which server certificates a connection accepts when it starts TLS. */
public sealed interface Trust permits Trust.SystemDefault, Trust.Context, Trust.Authorities, Trust.Insecure {

    /** The JDK's default trust store (the public certificate authorities). */
    record SystemDefault() implements Trust {}

    /**
     * Whatever this SSL context trusts, e.g. exactly the simulator's own certificate. The context is
     * asked for only when a handshake begins: making one loads the TLS provider, a tenth of a second
     * that a plain session never needs.
     */
    record Context(Supplier<SSLContext> context) implements Trust {}

    /** The JDK's default trust store plus these authorities, e.g. a lab's own CA. */
    record Authorities(List<X509Certificate> certificates) implements Trust {
        public Authorities {
            certificates = List.copyOf(certificates);
        }
    }

    /**
     * Any certificate at all. The connection still checks it against the default trust store plus
     * these authorities and records every reason it would have failed, so the learner can be warned.
     */
    record Insecure(List<X509Certificate> certificates) implements Trust {
        public Insecure {
            certificates = List.copyOf(certificates);
        }
    }

    static Trust systemDefault() {
        return new SystemDefault();
    }

    static Trust context(SSLContext context) {
        return new Context(() -> context);
    }

    /** Trust whatever the supplied context trusts, made when the first handshake needs it. */
    static Trust contextOnDemand(Supplier<SSLContext> context) {
        return new Context(context);
    }

    /** The default trust store plus the CA certificates of a PEM file. */
    static Trust caFile(Path pemFile) throws ConnectionException {
        return new Authorities(PemCertificates.read(pemFile));
    }

    static Trust insecure() {
        return new Insecure(List.of());
    }

    /** This trust made insecure: same authorities checked, but nothing refused. */
    default Trust insecurely() {
        if (this instanceof Authorities authorities) {
            return new Insecure(authorities.certificates());
        }
        if (this instanceof Insecure) {
            return this;
        }
        return insecure();
    }
}
