package dev.smtptutor.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab with its own certificate authority: implicit-TLS fake servers presenting certificates it signed. */
class TrustTest {

    private static TestCertificates.Issued labCa;

    @TempDir
    Path dir;

    @BeforeAll
    static void createLabAuthority() throws Exception {
        labCa = TestCertificates.authority("smtp-tutor test lab CA");
    }

    private Path caFile() throws Exception {
        Path file = dir.resolve("lab-ca.pem");
        Files.writeString(file, TestCertificates.pem(labCa.certificate()));
        return file;
    }

    private static FakeServer serving(TestCertificates.Issued certificate) throws Exception {
        SSLContext context = TestCertificates.serverContext(certificate, labCa);
        return FakeServer.startTls(context, client -> {
            FakeServer.write(client, "220 lab.example ESMTP\r\n");
            FakeServer.drain(client); // like a real server: read until the client closes, then close too
        });
    }

    private static ConnectionOptions options(FakeServer server, Trust trust) {
        return ConnectionOptions.builder("localhost", server.port()).mode(TlsMode.IMPLICIT).trust(trust)
                .replyTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void labCaFromPemFileMakesItsCertificatesTrusted() throws Exception {
        try (FakeServer server = serving(TestCertificates.server(labCa, List.of("localhost")));
             Conversation conversation = Conversation.open(options(server, Trust.caFile(caFile())))) {
            assertEquals(220, conversation.greeting().code());
            TlsDetails tls = conversation.tls().orElseThrow();
            assertTrue(tls.verified());
            assertEquals("CN=smtp-tutor test lab CA", tls.issuer());
        }
    }

    @Test
    void certificateFromUnknownAuthorityIsUntrusted() throws Exception {
        try (FakeServer server = serving(TestCertificates.server(labCa, List.of("localhost")))) {
            ConnectionException refused = assertThrows(ConnectionException.class,
                    () -> Connection.open(options(server, Trust.systemDefault())));

            assertEquals(Problem.CERT_UNTRUSTED, refused.problem());
            assertEquals(List.of(CertificateIssue.UNKNOWN_ISSUER), refused.certificateIssues());
        }
    }

    @Test
    void expiredCertificateFromTrustedAuthorityIsCertExpired() throws Exception {
        Instant now = Instant.now();
        var expired = TestCertificates.server(labCa, List.of("localhost"), now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)));
        try (FakeServer server = serving(expired)) {
            ConnectionException refused = assertThrows(ConnectionException.class,
                    () -> Connection.open(options(server, Trust.caFile(caFile()))));

            assertEquals(Problem.CERT_EXPIRED, refused.problem());
            assertEquals(List.of(CertificateIssue.EXPIRED), refused.certificateIssues());
        }
    }

    @Test
    void certificateForAnotherNameIsHostnameMismatch() throws Exception {
        try (FakeServer server = serving(TestCertificates.server(labCa, List.of("mx.elsewhere.example")))) {
            ConnectionException refused = assertThrows(ConnectionException.class,
                    () -> Connection.open(options(server, Trust.caFile(caFile()))));

            assertEquals(Problem.CERT_HOSTNAME_MISMATCH, refused.problem());
            assertEquals("localhost:" + server.port() + " presented a certificate for another name than localhost.",
                    refused.explanation().happened());
        }
    }

    @Test
    void insecureTrustAcceptsButRecordsTheMismatch() throws Exception {
        try (FakeServer server = serving(TestCertificates.server(labCa, List.of("mx.elsewhere.example")));
             Connection connection = Connection.open(options(server, Trust.caFile(caFile()).insecurely()))) {
            TlsDetails tls = connection.tls().orElseThrow();
            assertEquals(List.of(CertificateIssue.HOSTNAME_MISMATCH), tls.issues());
            assertTrue(tls.trusted());
            assertEquals(List.of("DNS:mx.elsewhere.example"), tls.subjectAlternativeNames());
        }
    }

    @Test
    void caFileThatIsNotACertificateIsExplained() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "not a certificate\n");
        ConnectionException bad = assertThrows(ConnectionException.class, () -> Trust.caFile(file));

        assertEquals(Problem.BAD_CA_FILE, bad.problem());
        assertEquals("The certificate file \"" + file + "\" could not be used.", bad.explanation().happened());
    }

    @Test
    void missingCaFileIsExplained() {
        ConnectionException bad = assertThrows(ConnectionException.class,
                () -> Trust.caFile(dir.resolve("missing.pem")));
        assertEquals(Problem.BAD_CA_FILE, bad.problem());
        assertTrue(bad.technicalDetail().startsWith("cannot read the file"), bad.technicalDetail());
    }
}
