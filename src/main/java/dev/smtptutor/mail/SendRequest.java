package dev.smtptutor.mail;

import dev.smtptutor.client.ConnectionOptions;
import java.util.List;
import java.util.Optional;

/**
 * What {@link TracedSender} is asked to do: one message, one server, and how to talk to it.
 *
 * @param target      host, port, timeouts and which certificates to trust (the shell's current link)
 * @param tls         how to use TLS
 * @param credentials for AUTH, or empty to send without logging in
 * @param ehloName    the name to give in EHLO (mail.smtp.localhost); empty for Jakarta Mail's default
 * @param message     the message and its envelope (MAIL FROM, RCPT TO)
 */
public record SendRequest(ConnectionOptions target, TlsUse tls, Optional<Credentials> credentials,
                          Optional<String> ehloName, ComposedMessage message) {

    public String envelopeFrom() {
        return message.envelopeFrom();
    }

    public List<String> recipients() {
        return message.recipients();
    }
}
