package dev.smtptutor.client;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Runs the client side of a TLS handshake on an open socket: at once for implicit TLS, or after the
 * 220 to STARTTLS (RFC 3207 §4.2, "the client MUST begin the TLS negotiation" on the same connection).
 */
final class TlsHandshake {

    private static final ResourceTexts WORDS = ResourceTexts.load("details");


    record Result(SSLSocket socket, TlsDetails details) {}

    private TlsHandshake() {}

    static Result over(Socket plain, ConnectionOptions options) throws ConnectionException {
        Optional<RecordingTrustManager> recorder = recorderFor(options);
        SSLSocket secure = null;
        try {
            SSLContext context = contextFor(options.trust(), recorder);
            secure = (SSLSocket) context.getSocketFactory()
                    .createSocket(plain, options.host(), options.port(), true);
            secure.setUseClientMode(true);
            SSLParameters parameters = secure.getSSLParameters();
            // RFC 7817 §3: a mail client checks the server's identity as RFC 6125 (now RFC 9525) describes, which is
            // what the JDK's "HTTPS" endpoint identification does.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            List<CertificateIssue> issues = recorder.map(RecordingTrustManager::issues).orElse(List.of());
            return new Result(secure, TlsDetails.of(secure.getSession(), options.host(), issues));
        } catch (IOException e) {
            closeQuietly(secure != null ? secure : plain);
            throw failure(e, options, recorder);
        }
    }

    private static Optional<RecordingTrustManager> recorderFor(ConnectionOptions options) {
        Trust trust = options.trust();
        if (trust instanceof Trust.Authorities authorities) {
            return Optional.of(RecordingTrustManager.create(authorities.certificates(), options.host(), false));
        }
        if (trust instanceof Trust.Insecure insecure) {
            return Optional.of(RecordingTrustManager.create(insecure.certificates(), options.host(), true));
        }
        if (trust instanceof Trust.SystemDefault) {
            return Optional.of(RecordingTrustManager.create(List.of(), options.host(), false));
        }
        return Optional.empty(); // an explicit SSLContext decides on its own
    }

    private static SSLContext contextFor(Trust trust, Optional<RecordingTrustManager> recorder) throws IOException {
        if (trust instanceof Trust.Context explicit) {
            return explicit.context().get();
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder.orElseThrow()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException(WORDS.text("tls.setup", java.util.Map.of("why", String.valueOf(e.getMessage()))), e);
        }
    }

    private static ConnectionException failure(IOException e, ConnectionOptions options,
                                               Optional<RecordingTrustManager> recorder) {
        String detail = Failures.detail(e);
        if (recorder.isPresent() && recorder.get().refused()) {
            return ConnectionException.certificate(recorder.get().issues(), options, recorder.get().leaf(), detail, e);
        }
        if (e instanceof SSLHandshakeException && hasCause(e, CertificateException.class)) {
            // An explicit SSLContext refused the certificate; it does not say why in a form we can read.
            return ConnectionException.certificate(List.of(), options, Optional.empty(), detail, e);
        }
        return ConnectionException.of(Problem.TLS_HANDSHAKE_FAILED, options, detail, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the handshake failure is what matters
        }
    }
}
