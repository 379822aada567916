package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle is off the tutor's class path at run time: the certificate maker is defined, with
 * BouncyCastle's jars, in a class loader of its own, and makes the same certificate there.
 */
class CertificateMakersTest {

    @Test
    void theMakerInALoaderOfItsOwnMakesTheSimulatorsCertificate() throws Exception {
        ClassLoader isolated = CertificateMakers.isolated(bouncyCastleJars());
        Class<?> maker = Class.forName(CertificateMakers.MAKER, true, isolated);
        assertSame(isolated, maker.getClassLoader(), "defined by the isolated loader, not the tutor's");
        assertNotSame(BouncyCastleCertificateMaker.class, maker);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        X509Certificate certificate = ((CertificateMaker) maker.getConstructor().newInstance())
                .make("mail.example.test", keys, now);

        assertEquals("O=smtp-tutor simulator,CN=mail.example.test", certificate.getSubjectX500Principal().getName());
        assertEquals(now.minusSeconds(3600), certificate.getNotBefore().toInstant());
        assertEquals(now.plusSeconds(365L * 24 * 3600), certificate.getNotAfter().toInstant());
        Set<String> names = certificate.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1)))
                .collect(Collectors.toSet());
        assertEquals(Set.of("mail.example.test", "localhost", "127.0.0.1"), names);
        certificate.verify(keys.getPublic()); // self-signed with that key
        assertEquals(-1, certificate.getBasicConstraints(), "no certificate authority");
    }

    @Test
    void withoutBouncyCastlesJarsItSaysWhereTheyShouldBe() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> CertificateMakers.isolated(List.of()));
        assertTrue(missing.getMessage().contains("target/lib"), missing.getMessage());
    }

    @Test
    void onTheBuildsClassPathTheMakerIsTakenFromThere() {
        assertSame(CertificateMakers.class.getClassLoader(), CertificateMakers.bouncyCastle().getClass().getClassLoader());
    }

    /** The jars the build's class path has BouncyCastle in (bcprov, bcpkix, bcutil). */
    private static List<Path> bouncyCastleJars() throws Exception {
        return List.of(jarOf(org.bouncycastle.asn1.x500.X500Name.class), jarOf(org.bouncycastle.cert.X509v3CertificateBuilder.class),
                jarOf(org.bouncycastle.asn1.x509.Certificate.class), jarOf(org.bouncycastle.operator.ContentSigner.class))
                .stream().distinct().toList();
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
