package dev.smtptutor.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a message with Jakarta Mail into a {@link ParsedMessage}: the header fields as sent and as a
 * reader sees them, and the MIME tree with every part decoded. A broken message gets a problem
 * sentence, never an exception.
 */
public final class MessageParser {

    private static final Session PARSING = Session.getInstance(new Properties());

    private MessageParser() {}

    public static Checked<ParsedMessage> parse(byte[] message) {
        try {
            MimeMessage parsed = read(message);
            return Checked.ok(new ParsedMessage(headers(parsed), part(parsed, "")));
        } catch (MessagingException | IOException e) {
            return Checked.bad(MailTexts.problems().get("message.unparsable", "why", String.valueOf(e.getMessage())));
        }
    }

    static MimeMessage read(byte[] message) throws MessagingException {
        return new MimeMessage(PARSING, new ByteArrayInputStream(message));
    }

    static List<HeaderLine> headers(Part part) throws MessagingException {
        List<HeaderLine> out = new ArrayList<>();
        for (Enumeration<Header> all = part.getAllHeaders(); all.hasMoreElements(); ) {
            Header header = all.nextElement();
            String value = unfold(header.getValue() == null ? "" : header.getValue());
            out.add(new HeaderLine(header.getName(), value, decode(value)));
        }
        return out;
    }

    /**
     * A folded field on one line (RFC 5322 §2.2.3), the fold's tab shown as a space: a field is
     * read on one line, whatever its length was on the wire.
     */
    static String unfold(String value) {
        return MimeUtility.unfold(value).replaceAll("[ \t]*\t[ \t]*", " ").strip();
    }

    /** RFC 2047 words decoded; a header with a broken or unknown encoding is shown as sent. */
    static String decode(String value) {
        if (!value.contains("=?")) {
            return value;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static final java.util.Set<String> READABLE_REPORTS = java.util.Set.of("message/delivery-status",
            "message/global-delivery-status", "message/disposition-notification");

    static MimePart part(Part part, String number) throws MessagingException, IOException {
        String contentType = unfold(Optional.ofNullable(part.getContentType()).orElse("text/plain"));
        String mimeType = baseType(contentType);
        List<MimePart> children = new ArrayList<>();
        Optional<String> text = Optional.empty();
        long size;
        Object content = part.isMimeType("multipart/*") || part.isMimeType("message/rfc822")
                ? part.getContent() : null;
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                children.add(part(child, number.isEmpty() ? String.valueOf(i + 1) : number + "." + (i + 1)));
            }
            size = children.stream().mapToLong(MimePart::decodedSize).sum();
        } else if (content instanceof MimeMessage attached) {
            children.add(part(attached, number.isEmpty() ? "1" : number + ".1"));
            size = children.get(0).decodedSize();
        } else {
            byte[] bytes = decodedBytes(part);
            size = bytes.length;
            if (mimeType.startsWith("text/")) {
                text = Optional.of(text(part, bytes));
            } else if (READABLE_REPORTS.contains(mimeType)) {
                // RFC 3464 §2.1: a delivery-status part is text fields in US-ASCII (RFC 6533: UTF-8
                // for message/global-delivery-status), written for programs but readable, and worth reading.
                text = Optional.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new MimePart(number, mimeType, contentType, header(part, "Content-Transfer-Encoding"),
                disposition(part), fileName(part), size, text, children);
    }

    private static byte[] decodedBytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The text in its declared charset; an unknown charset falls back to UTF-8 rather than failing. */
    private static String text(Part part, byte[] bytes) {
        try {
            Object content = part.getContent();
            if (content instanceof String string) {
                return string;
            }
        } catch (IOException | MessagingException e) {
            // an unknown charset name: show the bytes as UTF-8 below
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String baseType(String contentType) {
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            int semicolon = contentType.indexOf(';');
            return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }
    }

    private static Optional<String> header(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? Optional.empty()
                : Optional.of(values[0].strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<String> disposition(Part part) {
        try {
            return Optional.ofNullable(part.getDisposition()).map(d -> d.toLowerCase(Locale.ROOT));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fileName(Part part) {
        try {
            return Optional.ofNullable(part.getFileName());
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }
}
