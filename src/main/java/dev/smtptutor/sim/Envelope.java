package dev.smtptutor.sim;

import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Xtext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP envelope of one message (RFC 5321 §2.3.1): who the server was told it is from and who it
 * is for. It is not the From:/To: of the message header, which the server does not read.
 */
public record Envelope(Path sender, Map<String, String> mailParameters, List<Recipient> recipients) {
    public Envelope {
        mailParameters = Map.copyOf(mailParameters);
        recipients = List.copyOf(recipients);
    }

    public List<Path> recipientPaths() {
        return recipients.stream().map(Recipient::path).toList();
    }

    /** RET=FULL or HDRS, upper-cased (RFC 3461 §4.3). */
    public Optional<String> ret() {
        return Optional.ofNullable(mailParameters.get("RET")).map(v -> v.toUpperCase(Locale.ROOT));
    }

    /** ENVID decoded from xtext (RFC 3461 §4.4). */
    public Optional<String> envelopeId() {
        return Optional.ofNullable(mailParameters.get("ENVID")).flatMap(Xtext::decode);
    }
}
