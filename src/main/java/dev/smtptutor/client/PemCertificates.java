package dev.smtptutor.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads CA certificates from a PEM file (the JDK's X.509 factory reads PEM as well as DER). */
final class PemCertificates {

    private static final ResourceTexts WORDS = ResourceTexts.load("details");


    private PemCertificates() {}

    static List<X509Certificate> read(Path file) throws ConnectionException {
        List<X509Certificate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) certificate);
            }
        } catch (IOException e) {
            throw ConnectionException.badCaFile(file, WORDS.text("cafile.unreadable", java.util.Map.of("why", Failures.detail(e))), e);
        } catch (CertificateException e) {
            throw ConnectionException.badCaFile(file, WORDS.text("cafile.not-pem", java.util.Map.of("why", Failures.detail(e))), e);
        }
        if (out.isEmpty()) {
            throw ConnectionException.badCaFile(file, WORDS.text("cafile.empty", java.util.Map.of()), null);
        }
        return List.copyOf(out);
    }
}
