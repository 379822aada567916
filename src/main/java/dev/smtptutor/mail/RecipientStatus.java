package dev.smtptutor.mail;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import java.util.Optional;

/**
 * The per-recipient fields of a delivery-status report (RFC 3464 §2.3).
 *
 * @param recipient      the Final-Recipient (or Original-Recipient) address, without its "rfc822;" type
 * @param action         failed, delayed, delivered, relayed or expanded (§2.3.3)
 * @param status         the Status field, an enhanced status code (§2.3.4, RFC 3463)
 * @param diagnosticCode the Diagnostic-Code field as written, e.g. "smtp; 550 5.1.1 ... User unknown" (§2.3.6)
 * @param reply          the SMTP reply inside the Diagnostic-Code, when there is one
 * @param remoteMta      the server that gave the diagnostic (§2.3.5)
 * @param answering      the command that reply answered, when the report's text says so (see {@link FoundReply})
 */
public record RecipientStatus(String recipient, Optional<String> action, Optional<EnhancedStatusCode> status,
                              Optional<String> diagnosticCode, Optional<Reply> reply, Optional<String> remoteMta,
                              Optional<String> answering) {

    RecipientStatus answering(String command) {
        return new RecipientStatus(recipient, action, status, diagnosticCode, reply, remoteMta, Optional.of(command));
    }
}
