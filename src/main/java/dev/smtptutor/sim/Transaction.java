package dev.smtptutor.sim;

import dev.smtptutor.protocol.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mail transaction being built: MAIL accepted, recipients collected (RFC 5321 §3.3). */
final class Transaction {
    final Path sender;
    final Map<String, String> mailParameters;
    final List<Recipient> recipients = new ArrayList<>();
    /** The message so far when it comes in BDAT chunks (RFC 3030); null until the first BDAT. */
    ChunkedMessage chunks;

    Transaction(Path sender, Map<String, String> mailParameters) {
        this.sender = sender;
        this.mailParameters = mailParameters;
    }

    Envelope envelope() {
        return new Envelope(sender, mailParameters, recipients);
    }
}
