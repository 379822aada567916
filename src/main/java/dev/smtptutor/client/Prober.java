package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.Reply;
import java.util.Optional;

/**
 * Probes a mail server the way an administrator checks one by hand (the seed reference's "test the
 * connection"): connect, read the banner, EHLO, STARTTLS if offered, EHLO again, QUIT. It sends no
 * mail and no credentials.
 */
public final class Prober {

    /** The name the probe gives in EHLO: .invalid is reserved and says plainly that this is no mail host. */
    public static final String EHLO_NAME = "smtp-tutor-probe.invalid";

    private Prober() {}

    public static ProbeReport probe(ConnectionOptions options) {
        Builder report = new Builder(options);
        Conversation conversation;
        try {
            conversation = Conversation.open(options);
        } catch (ConnectionException e) {
            return report.failed(e).build(Optional.empty());
        }
        try (conversation) {
            Exchange greeting = conversation.greeting();
            report.banner = greeting.reply();
            if (greeting.reply().filter(r -> r.code() == 220).isEmpty()) {
                return report.build(Optional.of(conversation));
            }
            report.tls = conversation.tls();
            Optional<EhloResponse> first = ehlo(conversation);
            if (options.mode() == TlsMode.IMPLICIT) {
                report.secure = first;
            } else {
                report.plain = first;
                if (first.map(e -> e.supports("STARTTLS")).orElse(false)) {
                    startTls(conversation, report);
                }
            }
            if (conversation.isOpen()) {
                conversation.send("QUIT");
            }
        } catch (ConnectionException e) {
            report.failed(e);
        }
        return report.build(Optional.of(conversation));
    }

    private static void startTls(Conversation conversation, Builder report) throws ConnectionException {
        try {
            Exchange answer = conversation.send("STARTTLS");
            if (answer.reply().map(Reply::code).orElse(0) == 220 && conversation.tls().isPresent()) {
                report.tls = conversation.tls();
                report.secure = ehlo(conversation);
            }
        } catch (ConnectionException e) {
            if (e.problem().isCertificateProblem() || e.problem() == Problem.TLS_HANDSHAKE_FAILED) {
                report.tlsProblem = Optional.of(e);
                if (e.problem().isCertificateProblem()) {
                    lookInsideAnyway(report);
                }
                return;
            }
            throw e;
        }
    }

    /**
     * The certificate was refused, so the session ended; an administrator still wants to know what the
     * server offers inside TLS. A second connection with certificate checks off reads it (the verdict
     * still says the certificate is not trusted). Nothing secret is sent on it.
     */
    private static void lookInsideAnyway(Builder report) {
        ConnectionOptions insecure = ConnectionOptions.builder(report.options.host(), report.options.port())
                .mode(report.options.mode()).connectTimeout(report.options.connectTimeout())
                .replyTimeout(report.options.replyTimeout()).trust(report.options.trust().insecurely()).build();
        try (Conversation second = Conversation.open(insecure)) {
            if (second.greeting().reply().filter(r -> r.code() == 220).isPresent() && ehlo(second).isPresent()
                    && second.send("STARTTLS").reply().map(Reply::code).orElse(0) == 220) {
                report.tls = second.tls();
                report.secure = ehlo(second);
                second.send("QUIT");
            }
        } catch (ConnectionException ignored) {
            // the first look's findings stand
        }
    }

    private static Optional<EhloResponse> ehlo(Conversation conversation) throws ConnectionException {
        return conversation.send("EHLO " + EHLO_NAME).reply().flatMap(EhloResponse::of);
    }

    private static final class Builder {
        private final ConnectionOptions options;
        private Optional<Reply> banner = Optional.empty();
        private Optional<EhloResponse> plain = Optional.empty();
        private Optional<TlsDetails> tls = Optional.empty();
        private Optional<EhloResponse> secure = Optional.empty();
        private Optional<ConnectionException> tlsProblem = Optional.empty();
        private Optional<ConnectionException> failure = Optional.empty();

        Builder(ConnectionOptions options) {
            this.options = options;
        }

        Builder failed(ConnectionException e) {
            failure = Optional.of(e);
            return this;
        }

        ProbeReport build(Optional<Conversation> conversation) {
            return new ProbeReport(options, banner, plain, tls, secure, tlsProblem, failure,
                    conversation.map(Conversation::exchanges).orElse(java.util.List.of()));
        }
    }
}
