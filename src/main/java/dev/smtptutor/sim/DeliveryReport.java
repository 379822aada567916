package dev.smtptutor.sim;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Delivery status notifications as RFC 3464 lays them out: a multipart/report; report-type=delivery-status
 * message from MAILER-DAEMON with a part for people, a message/delivery-status part for programs, and
 * the original message (or its header, per RET) returned. Built with Jakarta Mail, so what a learner
 * opens is a real DSN that mail programs parse.
 */
final class DeliveryReport {

    /**
     * The words a person reads in the report (subject, part names, the human-readable part), as
     * Postfix keeps them in its bounce templates; the delivery-status fields themselves are protocol.
     */
    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/report");


    // RFC 5322 §3.3 date-time, always in UTC so that reports do not depend on the machine's zone.
    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DeliveryReport() {}

    /** What happened to one recipient, as one per-recipient block of the report. */
    private record Outcome(Recipient recipient, String action, String status, Optional<Reply> diagnostic) {}

    /**
     * The notifications one delivered message calls for: a failure report for the recipients that
     * bounced (unless NOTIFY says otherwise), a success report for those that asked NOTIFY=SUCCESS.
     * None for the null sender: a bounce is never bounced (RFC 5321 §4.5.5, RFC 3461 §6.2).
     */
    static List<StoredMessage> noticesFor(Envelope envelope, byte[] content, Instant arrival, String host,
                                          Supplier<String> ids) {
        if (envelope.sender().isNull()) {
            return List.of();
        }
        List<Outcome> failed = new ArrayList<>();
        List<Outcome> delivered = new ArrayList<>();
        for (Recipient recipient : envelope.recipients()) {
            Set<String> notify = recipient.notifyOn();
            if (recipient.deliveryFailure().isPresent()) {
                // RFC 3461 §4.1: without NOTIFY the server acts as if NOTIFY=FAILURE,DELAY.
                if (notify.isEmpty() || notify.contains("FAILURE")) {
                    Reply reply = recipient.deliveryFailure().get();
                    failed.add(new Outcome(recipient, "failed", status(reply), Optional.of(reply)));
                }
            } else if (notify.contains("SUCCESS")) {
                delivered.add(new Outcome(recipient, "delivered", "2.0.0", Optional.empty()));
            }
        }
        List<StoredMessage> notices = new ArrayList<>();
        boolean fullOnFailure = !envelope.ret().equals(Optional.of("HDRS"));
        boolean fullOnSuccess = envelope.ret().equals(Optional.of("FULL"));
        if (!failed.isEmpty()) {
            notices.add(notice(envelope, failed, content, fullOnFailure, arrival, host, ids.get()));
        }
        if (!delivered.isEmpty()) {
            notices.add(notice(envelope, delivered, content, fullOnSuccess, arrival, host, ids.get()));
        }
        return notices;
    }

    private static StoredMessage notice(Envelope original, List<Outcome> outcomes, byte[] content, boolean full,
                                        Instant arrival, String host, String id) {
        byte[] report = build(original, outcomes, content, full, arrival, host, id);
        Envelope envelope = new Envelope(Path.NULL, Map.of(), List.of(new Recipient(original.sender(), Map.of())));
        return new StoredMessage(id, envelope, report, arrival, host, false, Optional.empty());
    }

    private static byte[] build(Envelope original, List<Outcome> outcomes, byte[] content, boolean full,
                                Instant arrival, String host, String id) {
        boolean failure = outcomes.get(0).action().equals("failed");
        try {
            MimeMessage message = new FixedIdMessage("<" + id + "@" + host + ">");
            message.setHeader("From", "MAILER-DAEMON@" + host + " (" + WORDS.get("from.name") + ")");
            message.setHeader("To", original.sender().address());
            message.setSubject(WORDS.get(failure ? "subject.failed" : "subject.delivered"), "UTF-8");
            message.setSentDate(Date.from(arrival));
            message.setHeader("Auto-Submitted", "auto-replied"); // RFC 3834 §5: never answered by machines

            MimeMultipart report = new ReportMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(humanText(outcomes, host, failure), "UTF-8");
            text.setDescription(WORDS.get("part.notification"), "UTF-8");
            report.addBodyPart(text);
            report.addBodyPart(rawPart(statusText(original, outcomes, arrival, host).getBytes(StandardCharsets.UTF_8),
                    "message/delivery-status", WORDS.get("part.report")));
            if (full) {
                report.addBodyPart(rawPart(content, "message/rfc822",
                        WORDS.get(failure ? "part.message.failed" : "part.message.delivered")));
            } else {
                report.addBodyPart(rawPart(header(content), "text/rfc822-headers",
                        WORDS.get(failure ? "part.headers.failed" : "part.headers.delivered")));
            }
            message.setContent(report);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build the delivery status notification: " + e.getMessage(), e);
        }
    }

    private static String humanText(List<Outcome> outcomes, String host, boolean failure) {
        StringBuilder text = new StringBuilder(WORDS.get("text.intro", "host", host)).append("\r\n\r\n");
        text.append(lines(WORDS.get(failure ? "text.failed" : "text.delivered"))).append("\r\n\r\n");
        for (Outcome outcome : outcomes) {
            text.append(outcome.recipient().path()).append(": ")
                    .append(outcome.diagnostic().map(Reply::toString).orElse(WORDS.get("text.delivered.to-mailbox")))
                    .append("\r\n");
        }
        return text.toString();
    }

    /** A text written with \n line breaks, with the CRLF line ends of mail. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** The message/delivery-status body: per-message fields, then one block per recipient (RFC 3464 §2.2-2.3). */
    private static String statusText(Envelope original, List<Outcome> outcomes, Instant arrival, String host) {
        StringBuilder text = new StringBuilder();
        text.append("Reporting-MTA: dns; ").append(host).append("\r\n");
        original.envelopeId().ifPresent(envid -> text.append("Original-Envelope-Id: ").append(envid).append("\r\n"));
        text.append("Arrival-Date: ").append(DATE.format(arrival)).append("\r\n");
        for (Outcome outcome : outcomes) {
            Path path = outcome.recipient().path();
            // RFC 6533 §3: "utf-8" as address type for an internationalized address.
            text.append("\r\nFinal-Recipient: ").append(path.isAscii() ? "rfc822; " : "utf-8; ").append(path.address())
                    .append("\r\n");
            outcome.recipient().originalRecipient()
                    .ifPresent(orcpt -> text.append("Original-Recipient: ").append(orcpt).append("\r\n"));
            text.append("Action: ").append(outcome.action()).append("\r\n");
            text.append("Status: ").append(outcome.status()).append("\r\n");
            outcome.diagnostic().ifPresent(reply ->
                    text.append("Diagnostic-Code: smtp; ").append(reply.wireLines().get(0)).append("\r\n"));
        }
        return text.toString();
    }

    /** RFC 3464 §2.3.4: the status is the reply's enhanced code, or its class with "0.0" when it has none. */
    private static String status(Reply reply) {
        return reply.enhanced().map(EnhancedStatusCode::toString).orElse(reply.replyClass().digit() + ".0.0");
    }

    private static MimeBodyPart rawPart(byte[] bytes, String type, String description) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setDescription(description);
        // Jakarta Mail would base64 a non-text part; these parts are text and must stay readable.
        part.setHeader("Content-Transfer-Encoding", isAscii(bytes) ? "7bit" : "8bit");
        return part;
    }

    /** The header section of a message: up to and including the empty line that ends it. */
    private static byte[] header(byte[] content) {
        for (int i = 0; i + 3 < content.length; i++) {
            if (content[i] == '\r' && content[i + 1] == '\n' && content[i + 2] == '\r' && content[i + 3] == '\n') {
                return Arrays.copyOf(content, i + 4);
            }
        }
        return content;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** multipart/report with its report-type parameter (RFC 6522 §3). */
    private static final class ReportMultipart extends MimeMultipart {
        ReportMultipart() throws MessagingException {
            super("report");
            ContentType type = new ContentType(contentType);
            type.setParameter("report-type", "delivery-status");
            contentType = type.toString();
        }
    }

    /** A message whose Message-ID we choose: the default would look up the local host name in DNS. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(String messageId) {
            super(Session.getInstance(new Properties()));
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
