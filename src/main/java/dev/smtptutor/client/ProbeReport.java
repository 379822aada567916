package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.Reply;
import java.util.List;
import java.util.Optional;

/**
 * What probing a mail server found: its banner, what it offers before and after TLS, what the TLS
 * handshake established, and where it stopped if it could not go on.
 *
 * @param options     where and how the probe connected
 * @param banner      the greeting (220, or a refusal)
 * @param plain       the EHLO reply before TLS (empty with implicit TLS, or when EHLO failed)
 * @param tls         the TLS handshake, when one succeeded (STARTTLS or implicit)
 * @param secure      the EHLO reply inside TLS
 * @param tlsProblem  why STARTTLS failed, when the server offered it but the handshake did not succeed
 * @param failure     why the probe stopped early (refused, timeout, ...), if it did
 * @param transcript  every exchange, as a transcript shows them
 */
public record ProbeReport(ConnectionOptions options, Optional<Reply> banner, Optional<EhloResponse> plain,
                          Optional<TlsDetails> tls, Optional<EhloResponse> secure,
                          Optional<ConnectionException> tlsProblem, Optional<ConnectionException> failure,
                          List<Exchange> transcript) {

    public ProbeReport {
        transcript = List.copyOf(transcript);
    }

    /** The extensions in force for mail: inside TLS when there was TLS, else in plaintext. */
    public Optional<EhloResponse> effective() {
        return secure.or(() -> plain);
    }

    public boolean offersStartTls() {
        return plain.map(e -> e.supports("STARTTLS")).orElse(false);
    }

    public List<String> authBeforeTls() {
        return options.mode() == TlsMode.IMPLICIT ? List.of() : plain.map(EhloResponse::authMechanisms).orElse(List.of());
    }

    public List<String> authAfterTls() {
        return secure.map(EhloResponse::authMechanisms).orElse(List.of());
    }
}
