package dev.smtptutor.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Builds a proper RFC 5322 message with Jakarta Mail from a {@link Draft}: From, To, Cc, Subject, Date,
 * Message-ID and MIME-Version headers; a text/plain body, or multipart/mixed with the attachment; every
 * non-ASCII word encoded (RFC 2047 in headers, quoted-printable or base64 in bodies, RFC 2231 in file
 * names), so the result is plain ASCII that any server accepts without SMTPUTF8 or 8BITMIME.
 */
public final class MessageComposer {

    private static final String UTF_8 = "UTF-8";

    private final Clock clock;

    public MessageComposer(Clock clock) {
        this.clock = clock;
    }

    public MessageComposer() {
        this(Clock.systemDefaultZone());
    }

    public Checked<ComposedMessage> compose(Draft draft) {
        try {
            MimeMessage message = new MimeMessage(session(draft.from()));
            message.setFrom(internet(draft.from()));
            message.setRecipients(Message.RecipientType.TO, internet(draft.to()));
            if (!draft.cc().isEmpty()) {
                message.setRecipients(Message.RecipientType.CC, internet(draft.cc()));
            }
            message.setSubject(draft.subject(), UTF_8);
            message.setSentDate(Date.from(clock.instant()));
            String body = crlf(draft.body());
            if (draft.attachment().isEmpty()) {
                message.setText(body, UTF_8);
            } else {
                message.setContent(mixed(body, draft.attachment().get()));
            }
            message.saveChanges(); // Message-ID, MIME-Version, Content-Type and the transfer encodings
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            List<String> recipients = new ArrayList<>();
            draft.to().forEach(a -> recipients.add(a.address()));
            draft.cc().forEach(a -> recipients.add(a.address()));
            return Checked.ok(new ComposedMessage(crlfBytes(out.toByteArray()), draft.from().address(), recipients));
        } catch (IOException | MessagingException e) {
            // Only a file that vanished after it was checked gets here: the draft's addresses are valid.
            return Checked.bad(MailTexts.problems().get("attachment.failed", Map.of(
                    "file", draft.attachment().map(Path::toString).orElse("?"), "why", String.valueOf(e.getMessage()))));
        }
    }

    /**
     * A session whose host is the author's domain: Jakarta Mail puts it on the right of the Message-ID,
     * which RFC 5322 §3.6.4 wants unique to a domain the author controls (not the learner's machine name).
     */
    private static Session session(MailAddress from) {
        Properties properties = new Properties();
        properties.put("mail.host", from.address().substring(from.address().lastIndexOf('@') + 1));
        return Session.getInstance(properties);
    }

    private static MimeMultipart mixed(String body, Path attachment) throws MessagingException, IOException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, UTF_8);
        MimeBodyPart file = new MimeBodyPart();
        file.attachFile(attachment.toFile()); // Content-Type from the file name, Content-Disposition: attachment
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text);
        mixed.addBodyPart(file);
        return mixed;
    }

    /** The body with CRLF line ends, ended by one (RFC 5322 §2.3), so the bytes are those SMTP carries. */
    static String crlf(String body) {
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        return text.replace("\n", "\r\n");
    }

    /**
     * Bare line feeds made CRLF, as SMTP requires on the wire (RFC 5321 §2.3.8) and every transport
     * does anyway: a text file attached as 7bit keeps its own line ends inside the message otherwise.
     * So the composed bytes are exactly those the server will store.
     */
    static byte[] crlfBytes(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 64);
        for (int i = 0; i < message.length; i++) {
            if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(message[i]);
        }
        return out.toByteArray();
    }

    private static InternetAddress internet(MailAddress address) throws UnsupportedEncodingException {
        // UTF-8 explicitly: a display name like "Jürgen" must not depend on the platform charset.
        return new InternetAddress(address.address(), address.displayName().orElse(null), UTF_8);
    }

    private static InternetAddress[] internet(List<MailAddress> addresses) throws UnsupportedEncodingException {
        InternetAddress[] out = new InternetAddress[addresses.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = internet(addresses.get(i));
        }
        return out;
    }
}
