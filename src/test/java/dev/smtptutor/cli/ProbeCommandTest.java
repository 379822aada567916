package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dev.smtptutor.testing.GreenMailServers;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `probe HOST[:PORT]` against the simulator (STARTTLS) and GreenMail (plain, implicit TLS). */
class ProbeCommandTest {

    private static SimServer simulator;
    private static GreenMail greenMail;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws IOException {
        simulator = SimServer.builder().port(0).start();
        greenMail = GreenMailServers.smtpAndSmtps();
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Run(int exit, String out) {}

    private static Run probe(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        String[] all = new String[args.length + 1];
        all[0] = "probe";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cli.execute(all);
        return new Run(exit, out.toString());
    }

    private Path simulatorCertificate() throws IOException, CertificateEncodingException {
        Path pem = temp.resolve("lab-ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(simulator.tls().certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return pem;
    }

    @Test
    void simulatorWithItsCertificateTrustedGetsAClean() throws Exception {
        Run run = probe("127.0.0.1:" + simulator.port(), "--cafile", simulatorCertificate().toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("banner             220 mail.example.test ESMTP smtp-tutor simulator\n"), run.out());
        assertTrue(run.out().contains("STARTTLS                     You can switch this connection to TLS"), run.out());
        assertTrue(run.out().contains("trusted: yes"), run.out());
        assertTrue(run.out().contains("AUTH               before TLS: none; inside TLS: PLAIN LOGIN CRAM-MD5"), run.out());
        assertTrue(run.out().contains("size limit         10240000 octets (9.8 MiB)"), run.out());
        assertTrue(run.out().contains("[ok  ] STARTTLS is offered and the certificate is trusted"), run.out());
        assertTrue(run.out().contains("[ok  ] AUTH is offered only inside TLS (PLAIN LOGIN CRAM-MD5), as it should be."), run.out());
    }

    @Test
    void selfSignedCertificateIsFlaggedButTheInsideIsStillShown() {
        Run run = probe("127.0.0.1:" + simulator.port());
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("trusted: NO (the certificate is self-signed"), run.out());
        assertTrue(run.out().contains("[warn] STARTTLS is offered, but the certificate is not trusted here"), run.out());
        assertTrue(run.out().contains("inside TLS: PLAIN LOGIN CRAM-MD5"), run.out());
    }

    @Test
    void greenMailPlainPortWithoutStarttlsIsABadVerdict() {
        Run run = probe("127.0.0.1:" + greenMail.getSmtp().getPort());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("[BAD ] No STARTTLS"), run.out());
        assertTrue(run.out().contains("AUTH PLAIN LOGIN"), run.out());
        assertTrue(run.out().contains("[warn] AUTH is offered before TLS"), run.out());
    }

    @Test
    void greenMailImplicitTlsWithInsecure() {
        Run run = probe("127.0.0.1:" + greenMail.getSmtps().getPort(), "--tls", "--insecure");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().startsWith("Probing 127.0.0.1:" + greenMail.getSmtps().getPort() + " (TLS from the first byte) ..."),
                run.out());
        assertTrue(run.out().matches("(?s).*TLS                TLSv1\\.[23] with .*"), run.out());
        assertTrue(run.out().contains("trusted: NO (the certificate is self-signed"), run.out());
        assertTrue(run.out().contains("[warn] TLS from the first byte, but the certificate is not trusted here"), run.out());
        assertTrue(run.out().contains("[ok  ] AUTH is offered only inside TLS"), run.out());
    }

    @Test
    void refusedPortExplainsAndExitsNonZero() throws IOException {
        int closed = freePort();
        Run run = probe("127.0.0.1:" + closed);
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("!!  127.0.0.1:" + closed + " refused the connection."), run.out());
        assertTrue(run.out().contains("[BAD ] The probe could not finish"), run.out());
    }

    @Test
    void jsonCarriesTheFindingsForScripts() throws Exception {
        Run run = probe("127.0.0.1:" + simulator.port(), "--json", "--cafile", simulatorCertificate().toString());
        String json = run.out().strip();
        assertTrue(json.startsWith("{\"host\":\"127.0.0.1\",\"port\":" + simulator.port() + ",\"mode\":\"plain\","), json);
        assertTrue(json.contains("\"banner\":{\"code\":220,\"text\":\"mail.example.test ESMTP smtp-tutor simulator\"}"), json);
        assertTrue(json.contains("\"auth_before_tls\":[],\"auth_after_tls\":[\"PLAIN\",\"LOGIN\",\"CRAM-MD5\"]"), json);
        assertTrue(json.contains("\"size_limit\":10240000"), json);
        assertTrue(json.contains("\"trusted\":true"), json);
        assertTrue(json.endsWith("]}"), json);
        assertEquals(1, json.lines().count());
    }

    @Test
    void badTargetIsRefusedWithAMessage() {
        Run run = probe("mail.example.org:notaport");
        assertEquals(2, run.exit());
        assertEquals("smtp-tutor probe: mail.example.org:notaport is not HOST or HOST:PORT\n", run.out());
    }
}
