package dev.smtptutor.mail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A message built by Jakarta Mail, frozen as the exact bytes that go after DATA (before dot-stuffing),
 * with the envelope it was composed for.
 *
 * @param content      the RFC 5322 message, CRLF line ends, ASCII only (non-ASCII text is encoded)
 * @param envelopeFrom the author's address, for MAIL FROM
 * @param recipients   every To: and Cc: address, for RCPT TO
 */
public record ComposedMessage(byte[] content, String envelopeFrom, List<String> recipients) {

    public ComposedMessage {
        content = content.clone();
        recipients = List.copyOf(recipients);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The lines as typed at the data> prompt would be: without their CRLF, no final empty line. */
    public List<String> lines() {
        String text = text();
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        }
        return List.of(text.split("\r\n", -1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComposedMessage m && Arrays.equals(m.content, content)
                && m.envelopeFrom.equals(envelopeFrom) && m.recipients.equals(recipients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ComposedMessage[from=" + envelopeFrom + ", to=" + recipients + ", " + content.length + " bytes]";
    }
}
