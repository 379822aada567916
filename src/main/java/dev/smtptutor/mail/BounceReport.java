package dev.smtptutor.mail;

import java.util.List;
import java.util.Optional;

/**
 * What a bounce says, read with Jakarta Mail.
 *
 * @param kind         a machine-readable RFC 3464 report, or a notice written only for people
 * @param from         who sent the bounce (MAILER-DAEMON, postmaster)
 * @param subject      its subject
 * @param reportingMta the server that wrote the report (Reporting-MTA, RFC 3464 §2.2.2)
 * @param recipients   one entry per recipient of a delivery-status report
 * @param replies      SMTP replies found in the text, apart from those already in a Diagnostic-Code
 */
public record BounceReport(Kind kind, Optional<String> from, Optional<String> subject, Optional<String> reportingMta,
                           List<RecipientStatus> recipients, List<FoundReply> replies) {

    public enum Kind {
        /** multipart/report with a message/delivery-status part (RFC 3464, RFC 6522). */
        DELIVERY_STATUS,
        /** A notice in prose, as some providers and older servers send. */
        PLAIN_TEXT
    }

    public BounceReport {
        recipients = List.copyOf(recipients);
        replies = List.copyOf(replies);
    }

    /** True when nothing in the message could be explained. */
    public boolean isEmpty() {
        return recipients.isEmpty() && replies.isEmpty();
    }
}
