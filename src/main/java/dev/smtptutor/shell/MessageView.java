package dev.smtptutor.shell;

import dev.smtptutor.protocol.Path;
import dev.smtptutor.sim.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * A delivered message parsed with Jakarta Mail, the envelope beside the headers: the lesson that
 * the server delivers to RCPT TO, whatever the To: header says.
 */
final class MessageView {

    private static final Session PARSING = Session.getInstance(new Properties());

    private MessageView() {}

    static String subject(StoredMessage message) {
        try {
            String subject = parse(message).getSubject();
            return subject == null ? Messages.get("mailbox.no-subject") : "\"" + subject + "\"";
        } catch (MessagingException e) {
            return Messages.get("mailbox.unparsable");
        }
    }

    static void show(ShellOutput out, StoredMessage message) {
        out.line(Messages.get("mailbox.heading", "id", message.id()), out.styles().bold());
        List<String> envelope = new ArrayList<>();
        envelope.add("MAIL FROM:" + message.envelope().sender());
        for (Path recipient : message.envelope().recipientPaths()) {
            envelope.add("RCPT TO:" + recipient);
        }
        List<String> headers = new ArrayList<>();
        String body;
        try {
            MimeMessage parsed = parse(message);
            for (String name : List.of("From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID")) {
                String[] values = parsed.getHeader(name);
                if (values != null) {
                    for (String value : values) {
                        headers.add(name + ": " + value);
                    }
                }
            }
            Object content = parsed.getContent();
            body = content instanceof String text ? text : Messages.get("mailbox.multipart");
        } catch (MessagingException | IOException e) {
            headers.add(Messages.get("mailbox.unparsable"));
            body = message.contentAsText();
        }
        int width = Math.max(36, envelope.stream().mapToInt(String::length).max().orElse(0) + 2);
        out.line(String.format("  %-" + width + "s %s", Messages.get("mailbox.envelope"), Messages.get("mailbox.headers")),
                out.styles().dim());
        int rows = Math.max(envelope.size(), headers.size());
        envelope.addAll(Collections.nCopies(rows - envelope.size(), ""));
        headers.addAll(Collections.nCopies(rows - headers.size(), ""));
        for (int i = 0; i < rows; i++) {
            out.line(String.format("  %-" + width + "s %s", envelope.get(i), headers.get(i)));
        }
        out.blank();
        body.lines().forEach(line -> out.line("  | " + line));
        out.hint(Messages.get("mailbox.envelope-lesson"));
    }

    private static MimeMessage parse(StoredMessage message) throws MessagingException {
        return new MimeMessage(PARSING, new ByteArrayInputStream(message.content()));
    }
}
