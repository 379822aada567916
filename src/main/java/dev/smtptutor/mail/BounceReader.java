package dev.smtptutor.mail;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bounce and finds every failed recipient in it, with its status, the remote server's reply and the
 * host that gave it: from an RFC 3464 report when there is one, from the notice written for people always
 * (Postfix, Exim, Sendmail, qmail, Exchange, Gmail, Domino, ... see {@link NoticeReader}), and from a report
 * that was forwarded inside another message or flattened into text. It reads what it can: a part it cannot
 * read (a broken MIME structure, an unknown charset) is named in {@link BounceReport#problems()}, the rest is
 * still read. The returned original message is not searched for recipients: its words are the sender's.
 */
public final class BounceReader {

    /** The largest bounce read: a bounce with the whole original attached is rarely above a few megabytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int MAX_DEPTH = 4;
    private static final int MAX_PARTS = 500;

    // A file without any of these at the top is prose pasted from a mail program, not a message.
    private static final Set<String> MESSAGE_HEADERS = Set.of("from", "to", "subject", "date", "message-id",
            "mime-version", "content-type", "received", "return-path", "delivered-to");
    private static final Pattern ADDRESS = Pattern.compile(NoticeReader.ADDRESS);
    private static final Pattern DELAY_SUBJECT = Pattern.compile("delay|warning|still (being )?retried|not yet", Pattern.CASE_INSENSITIVE);

    private BounceReader() {}

    public static Checked<BounceReport> read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return Checked.bad(MailTexts.problems().get("bounce.directory", "file", file));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Checked.bad(tooBig(file.toString(), size));
            }
            // The size a file reports is not a promise (/dev/zero says 0, a pipe grows): read at most one
            // byte past the cap, never the whole thing.
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return Checked.bad(MailTexts.problems().get("bounce.endless", Map.of("file", file, "max", MAX_BYTES)));
            }
            return read(bytes);
        } catch (NoSuchFileException e) {
            return Checked.bad(MailTexts.problems().get("file.missing", "file", file.toAbsolutePath()));
        } catch (IOException e) {
            return Checked.bad(MailTexts.problems().get("file.unreadable", Map.of("file", file.toAbsolutePath(),
                    "why", FileTrouble.describe(e))));
        }
    }

    private static String tooBig(String file, long size) {
        return MailTexts.problems().get("bounce.too-big", Map.of("file", file, "size", size, "max", MAX_BYTES));
    }

    /** Reads the bytes of a bounce; never throws, and refuses only input larger than {@link #MAX_BYTES}. */
    public static Checked<BounceReport> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Checked.bad(tooBig("input", bytes.length));
        }
        return Checked.ok(readMessage(bytes, 0));
    }

    private static BounceReport readMessage(byte[] bytes, int depth) {
        List<String> problems = new ArrayList<>();
        MimeMessage message = null;
        try {
            message = MessageParser.read(bytes);
            if (!looksLikeAMessage(message)) {
                message = null;
            }
        } catch (MessagingException | RuntimeException e) {
            problems.add(MailTexts.problems().get("message.unparsable", "why", String.valueOf(e.getMessage())));
        }
        Collector collector = new Collector(problems);
        if (message == null) {
            collector.plainTexts.add(TextCharsets.utf8OrWindows1252(bytes));
            return collector.report(Optional.empty(), Optional.empty(), Set.of(), false);
        }
        collector.walk(message, "", 0);
        Set<String> excluded = addresses(message, "From", "To", "Cc", "Sender", "Reply-To", "Return-Path");
        Optional<String> subject = header(message, "Subject").map(MessageParser::decode);
        // Exim names the failed recipients in a header of the bounce: a recipient the text did not reveal still counts.
        collector.headerRecipients.addAll(addresses(message, "X-Failed-Recipients"));
        BounceReport report = collector.report(from(message), subject, excluded,
                subject.filter(s -> DELAY_SUBJECT.matcher(s).find()).isPresent());
        if (report.recipients().isEmpty() && depth < MAX_DEPTH) {
            // A bounce forwarded as an attachment (message/rfc822): the bounce is inside.
            for (byte[] attached : collector.attached) {
                BounceReport inner = readMessage(attached, depth + 1);
                if (!inner.recipients().isEmpty()) {
                    List<String> all = new ArrayList<>(report.problems());
                    all.addAll(inner.problems());
                    return new BounceReport(inner.kind(), inner.from(), inner.subject(), inner.reportingMta(),
                            inner.recipients(), inner.replies(), all, true);
                }
            }
        }
        return report;
    }

    private static boolean looksLikeAMessage(MimeMessage message) throws MessagingException {
        for (HeaderLine header : MessageParser.headers(message)) {
            if (MESSAGE_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Who sent the bounce, as a reader sees it; "From: &lt;&gt;" or a broken address is shown as written. */
    private static Optional<String> from(MimeMessage message) {
        try {
            jakarta.mail.Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof jakarta.mail.internet.InternetAddress internet) {
                return Optional.of(internet.toUnicodeString());
            }
        } catch (MessagingException | RuntimeException e) {
            // the null sender "<>" or an address that does not parse: the header as written below
        }
        return header(message, "From").map(MessageParser::decode);
    }

    /** A header as written; "From: &lt;&gt;" (the null sender of a bounce) is kept as it is, never refused. */
    private static Optional<String> header(MimeMessage message, String name) {
        try {
            return Optional.ofNullable(message.getHeader(name, ", ")).map(MessageParser::unfold).filter(v -> !v.isEmpty());
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Set<String> addresses(MimeMessage message, String... names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            header(message, name).ifPresent(value -> {
                Matcher m = ADDRESS.matcher(value);
                while (m.find()) {
                    out.add(m.group().toLowerCase(Locale.ROOT));
                }
            });
        }
        return out;
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

    /** Walks the MIME tree once, gathering report fields, the prose to search and attached messages. */
    private static final class Collector {
        private final List<String> problems;
        private Optional<String> reportingMta = Optional.empty();
        private final List<RecipientStatus> recipients = new ArrayList<>();
        private final List<String> plainTexts = new ArrayList<>();
        private final List<String> htmlTexts = new ArrayList<>();
        private final List<byte[]> attached = new ArrayList<>();
        private final List<String> headerRecipients = new ArrayList<>();
        private boolean deliveryStatus;
        private int parts;

        Collector(List<String> problems) {
            this.problems = problems;
        }

        void walk(Part part, String number, int depth) {
            if (++parts > MAX_PARTS) {
                return;
            }
            String name = number.isEmpty() ? MailTexts.bounce().get("part.message") : number;
            try {
                if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
                    try (InputStream in = part.getInputStream()) {
                        attached.add(in.readNBytes(MAX_BYTES));
                    }
                    return; // the returned original: its words are the sender's, not the bounce's
                }
                if (part.isMimeType("text/rfc822-headers") || part.isMimeType("text/global-headers")) {
                    return;
                }
                if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                    deliveryStatus(part);
                } else if (part.isMimeType("multipart/*")) {
                    multipart(part, number, depth);
                } else if (part.isMimeType("text/html")) {
                    htmlTexts.add(HtmlText.of(text(part, name)));
                } else if (part.isMimeType("text/*") || number.isEmpty()) {
                    plainTexts.add(text(part, name));
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add(MailTexts.bounce().get("problem.part", Map.of("part", name, "why", String.valueOf(e.getMessage()))));
                raw(part).ifPresent(plainTexts::add);
            }
        }

        private void multipart(Part part, String number, int depth) throws MessagingException, IOException {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart) || depth > MAX_DEPTH * 4) {
                raw(part).ifPresent(plainTexts::add);
                return;
            }
            int count;
            try {
                count = multipart.getCount();
            } catch (MessagingException e) {
                // No boundary found, or one that never comes: the body is read as text, not lost.
                problems.add(MailTexts.bounce().get("problem.multipart", Map.of("part", number.isEmpty()
                        ? MailTexts.bounce().get("part.message") : number, "why", String.valueOf(e.getMessage()))));
                raw(part).ifPresent(plainTexts::add);
                return;
            }
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), number.isEmpty() ? String.valueOf(i + 1) : number + "." + (i + 1), depth + 1);
            }
        }

        /** The part's text in its declared charset, an unknown charset noted and read as UTF-8 or windows-1252. */
        private String text(Part part, String name) throws MessagingException {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes(MAX_BYTES);
            } catch (IOException | MessagingException | RuntimeException e) {
                problems.add(MailTexts.bounce().get("problem.encoding", Map.of("part", name, "why", String.valueOf(e.getMessage()))));
                return raw(part).orElse("");
            }
            String charset = charset(part);
            TextCharsets.Decoded decoded = TextCharsets.decode(bytes, charset);
            decoded.substitute().ifPresent(used -> problems.add(MailTexts.bounce().get("problem.charset",
                    Map.of("part", name, "charset", String.valueOf(charset), "used", used))));
            return decoded.text();
        }

        private static String charset(Part part) {
            try {
                return new ContentType(part.getContentType()).getParameter("charset");
            } catch (MessagingException | RuntimeException e) {
                return null; // a Content-Type that does not parse: the charset is guessed
            }
        }

        /** The part's bytes as they stand in the file, for a part that cannot be decoded. */
        private static Optional<String> raw(Part part) {
            if (part instanceof MimePart mime) {
                try (InputStream in = part instanceof MimeMessage m ? m.getRawInputStream()
                        : ((jakarta.mail.internet.MimeBodyPart) mime).getRawInputStream()) {
                    return Optional.of(TextCharsets.utf8OrWindows1252(in.readNBytes(MAX_BYTES)));
                } catch (IOException | MessagingException | RuntimeException | Error e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private void deliveryStatus(Part part) throws MessagingException, IOException {
            deliveryStatus = true;
            try (InputStream in = part.getInputStream()) {
                List<InternetHeaders> groups = DeliveryStatusFields.all(in);
                for (InternetHeaders fields : groups) {
                    if (DeliveryStatusFields.isRecipientGroup(fields)) {
                        recipients.add(DeliveryStatusFields.recipient(fields));
                    } else if (reportingMta.isEmpty()) {
                        reportingMta = DeliveryStatusFields.field(fields, "Reporting-MTA").map(DeliveryStatusFields::withoutType);
                    }
                }
            }
        }

        BounceReport report(Optional<String> from, Optional<String> subject, Set<String> excluded, boolean delaySubject) {
            // Providers send the same words as text and as HTML: the HTML is read only when there is no text.
            List<String> prose = plainTexts.isEmpty() ? htmlTexts : plainTexts;
            String text = String.join("\n\n", prose);
            Map<String, RecipientStatus> byAddress = new LinkedHashMap<>();
            recipients.forEach(r -> byAddress.putIfAbsent(key(r.recipient()), r));
            if (byAddress.isEmpty()) {
                FlatDsn.recipients(text).forEach(r -> byAddress.putIfAbsent(key(r.recipient()), r));
            }
            boolean fromReport = !byAddress.isEmpty();
            NoticeReader.Notice notice = NoticeReader.read(text, excluded, where("text"));
            for (RecipientStatus found : notice.recipients()) {
                RecipientStatus known = byAddress.get(key(found.recipient()));
                if (known != null) {
                    byAddress.put(key(found.recipient()), merge(known, found));
                } else if (!fromReport || found.reply().isPresent()) {
                    byAddress.put(key(found.recipient()), found);
                }
            }
            for (String address : headerRecipients) {
                if (NoticeReader.isRecipient(address, Set.of())) {
                    byAddress.putIfAbsent(key(address), new RecipientStatus(address, Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
                }
            }
            List<FoundReply> loose = new ArrayList<>(notice.loose());
            // One recipient without a reply and one reply without a recipient belong together (a notice that
            // quotes the reply before it names the address, or names the address only in a header).
            if (byAddress.size() == 1 && loose.size() == 1) {
                RecipientStatus only = byAddress.values().iterator().next();
                if (only.reply().isEmpty()) {
                    FoundReply reply = loose.remove(0);
                    byAddress.put(key(only.recipient()), new RecipientStatus(only.recipient(), only.action(), only.status(),
                            only.diagnosticCode(), Optional.of(reply.reply()), only.remoteMta(),
                            only.answering().or(reply::answering)));
                }
            }
            boolean delayed = delaySubject || notice.delayed();
            List<RecipientStatus> out = new ArrayList<>();
            for (RecipientStatus r : byAddress.values()) {
                out.add(completed(r, delayed));
            }
            List<FoundReply> replies = new ArrayList<>();
            for (FoundReply found : loose) {
                if (out.stream().noneMatch(r -> r.reply().filter(reply -> sameReply(reply, found.reply())).isPresent())
                        && replies.stream().noneMatch(r -> sameReply(r.reply(), found.reply()))) {
                    replies.add(found);
                }
            }
            BounceReport.Kind kind = deliveryStatus && !recipients.isEmpty() ? BounceReport.Kind.DELIVERY_STATUS
                    : BounceReport.Kind.PLAIN_TEXT;
            return new BounceReport(kind, from, subject, reportingMta, out, replies, problems, false);
        }

        private static String key(String address) {
            return address.strip().toLowerCase(Locale.ROOT);
        }

        /** The report's fields, with what the text adds: the reply, the host, the command it answered. */
        private static RecipientStatus merge(RecipientStatus report, RecipientStatus text) {
            boolean useTextReply = report.reply().isEmpty() && text.reply().isPresent();
            return new RecipientStatus(report.recipient(), report.action(), report.status().or(text::status),
                    report.diagnosticCode().or(text::diagnosticCode), useTextReply ? text.reply() : report.reply(),
                    report.remoteMta().or(text::remoteMta), report.answering().or(text::answering));
        }

        /** Action and Status filled in when the bounce did not state them. */
        private static RecipientStatus completed(RecipientStatus r, boolean delayed) {
            Optional<EnhancedStatusCode> status = r.status().or(() -> r.reply().flatMap(Reply::enhanced))
                    .or(() -> r.reply().flatMap(reply -> EnhancedStatusCode.parse(reply.code() / 100 + ".0.0")));
            Optional<String> action = r.action().or(() -> Optional.of(delayed
                    && status.filter(s -> s.codeClass() == 5).isEmpty() ? "delayed" : "failed"));
            return new RecipientStatus(r.recipient(), action, status, r.diagnosticCode(), r.reply(), r.remoteMta(), r.answering());
        }
    }
}
