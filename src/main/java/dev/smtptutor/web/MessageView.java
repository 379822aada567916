package dev.smtptutor.web;

import java.time.Instant;
import java.util.List;

/**
 * A message the server accepted from or for a student: envelope, header fields, MIME tree.
 *
 * @param problem why the message could not be read as MIME, else ""
 */
public record MessageView(String id, Instant received, String mailFrom, List<String> rcptTo, List<HeaderField> headers,
                          MimeNode body, String problem) {

    public MessageView {
        rcptTo = List.copyOf(rcptTo);
        headers = List.copyOf(headers);
    }
}
