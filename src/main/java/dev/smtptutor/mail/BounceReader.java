package dev.smtptutor.mail;

import dev.smtptutor.protocol.Reply;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a bounce with Jakarta Mail and finds what an administrator looks for in it: for an RFC 3464
 * report the Status and Diagnostic-Code of every recipient; in any text written for people the SMTP
 * replies it quotes. The returned original message is not searched: its text is not the bounce's.
 */
public final class BounceReader {

    // A file without any of these at the top is prose pasted from a mail program, not a message.
    private static final Set<String> MESSAGE_HEADERS = Set.of("from", "to", "subject", "date", "message-id",
            "mime-version", "content-type", "received", "return-path", "delivered-to");

    private BounceReader() {}

    public static Checked<BounceReport> read(Path file) {
        try {
            return read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Checked.bad(MailTexts.problems().get("file.missing", "file", file.toAbsolutePath()));
        } catch (IOException e) {
            return Checked.bad(MailTexts.problems().get("file.unreadable", Map.of("file", file.toAbsolutePath(),
                    "why", String.valueOf(e.getMessage()))));
        }
    }

    public static Checked<BounceReport> read(byte[] bytes) {
        try {
            MimeMessage message = MessageParser.read(bytes);
            if (!looksLikeAMessage(message)) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                return Checked.ok(new BounceReport(BounceReport.Kind.PLAIN_TEXT, Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), ReplyFinder.find(text, where("text"))));
            }
            Collector collector = new Collector();
            collector.walk(message);
            return Checked.ok(collector.report(from(message), Optional.ofNullable(message.getSubject())));
        } catch (MessagingException | IOException e) {
            return Checked.bad(MailTexts.problems().get("message.unparsable", "why", String.valueOf(e.getMessage())));
        }
    }

    private static boolean looksLikeAMessage(MimeMessage message) throws MessagingException {
        for (HeaderLine header : MessageParser.headers(message)) {
            if (MESSAGE_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> from(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 ? Optional.empty()
                : Optional.of(from[0] instanceof jakarta.mail.internet.InternetAddress internet
                        ? internet.toUnicodeString() : from[0].toString());
    }

    private static String where(String part) {
        return MailTexts.bounce().get("where.line", "part", MailTexts.bounce().get("where." + part));
    }

    /**
     * The same reply, however it was wrapped: a Diagnostic-Code keeps a multi-line reply's lines, the
     * text for people often joins them into one.
     */
    static boolean sameReply(Reply a, Reply b) {
        return a.code() == b.code() && a.enhanced().equals(b.enhanced()) && words(a).equals(words(b));
    }

    private static String words(Reply reply) {
        return reply.text().replaceAll("\\s+", " ").strip();
    }

    /** Walks the MIME tree once, gathering report fields and the prose to search. */
    private static final class Collector {
        private Optional<String> reportingMta = Optional.empty();
        private final List<RecipientStatus> recipients = new ArrayList<>();
        private final List<String> plainTexts = new ArrayList<>();
        private final List<String> htmlTexts = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                return; // the returned original: its words are the sender's, not the bounce's
            }
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                deliveryStatus(part);
            } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain")) {
                plainTexts.add(String.valueOf(part.getContent()));
            } else if (part.isMimeType("text/html")) {
                htmlTexts.add(HtmlText.of(String.valueOf(part.getContent())));
            }
        }

        private void deliveryStatus(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                DeliveryStatusFields.Groups groups = DeliveryStatusFields.read(in);
                reportingMta = DeliveryStatusFields.field(groups.perMessage(), "Reporting-MTA")
                        .map(DeliveryStatusFields::withoutType);
                for (InternetHeaders fields : groups.perRecipient()) {
                    recipients.add(DeliveryStatusFields.recipient(fields));
                }
            }
        }

        BounceReport report(Optional<String> from, Optional<String> subject) {
            List<FoundReply> replies = new ArrayList<>();
            // Providers send the same words as text and as HTML: the HTML is read only when there is no text.
            List<String> prose = plainTexts.isEmpty() ? htmlTexts : plainTexts;
            for (String text : prose) {
                for (FoundReply found : ReplyFinder.find(text, where("text"))) {
                    if (!alreadyReported(found) && replies.stream().noneMatch(r -> sameReply(r.reply(), found.reply()))) {
                        replies.add(found);
                    }
                }
            }
            BounceReport.Kind kind = recipients.isEmpty() ? BounceReport.Kind.PLAIN_TEXT
                    : BounceReport.Kind.DELIVERY_STATUS;
            return new BounceReport(kind, from, subject, reportingMta, recipients, replies);
        }

        /**
         * True when the reply is a recipient's Diagnostic-Code again (Postfix writes it in both places).
         * What the text adds, the command it answered, is kept with the recipient.
         */
        private boolean alreadyReported(FoundReply found) {
            for (int i = 0; i < recipients.size(); i++) {
                RecipientStatus recipient = recipients.get(i);
                if (recipient.reply().filter(reply -> sameReply(reply, found.reply())).isPresent()) {
                    if (found.answering().isPresent() && recipient.answering().isEmpty()) {
                        recipients.set(i, recipient.answering(found.answering().get()));
                    }
                    return true;
                }
            }
            return false;
        }
    }
}
