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
 * @param replies      SMTP replies found in the text that belong to no recipient
 * @param problems     what could not be read (a broken part, an unknown charset), each a sentence; the rest was read
 * @param forwarded    true when the bounce was found inside a forwarded message
 */
public record BounceReport(Kind kind, Optional<String> from, Optional<String> subject, Optional<String> reportingMta,
                           List<RecipientStatus> recipients, List<FoundReply> replies, List<String> problems,
                           boolean forwarded) {

    public enum Kind {
        /** multipart/report with a message/delivery-status part (RFC 3464, RFC 6522). */
        DELIVERY_STATUS,
        /** A notice in prose, as some providers and older servers send (or a report that could not be read as one). */
        PLAIN_TEXT
    }

    public BounceReport {
        recipients = List.copyOf(recipients);
        replies = List.copyOf(replies);
        problems = List.copyOf(problems);
    }

    /** The recipients the bounce reports as not delivered (failed or delayed), in order. */
    public List<RecipientStatus> failed() {
        return recipients.stream().filter(r -> r.action().map(a -> a.toLowerCase(java.util.Locale.ROOT))
                .filter(a -> a.equals("delivered") || a.equals("relayed") || a.equals("expanded")).isEmpty()).toList();
    }

    /** True when nothing in the message could be explained. */
    public boolean isEmpty() {
        return recipients.isEmpty() && replies.isEmpty();
    }
}
