package dev.smtptutor.mail;

import java.util.List;

/**
 * One message a session delivered: the envelope and the text, as the server accepted them.
 *
 * @param mailFrom   the MAIL FROM address (empty for the null reverse-path {@code <>})
 * @param rcptTo     the RCPT TO addresses the server accepted
 * @param text       the message after DATA, transparency periods removed, CRLF line ends
 */
public record MailTransaction(String mailFrom, List<String> rcptTo, String text) {

    public MailTransaction {
        rcptTo = List.copyOf(rcptTo);
    }
}
