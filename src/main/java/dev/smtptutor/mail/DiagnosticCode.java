package dev.smtptutor.mail;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Diagnostic-Code field of a delivery-status report (RFC 3464 §2.3.6):
 * {@code diagnostic-type ";" *text}. With type "smtp" the text is the remote server's reply; a
 * multi-line reply arrives unfolded into one line ("550-5.1.1 first 550-5.1.1 second 550 5.1.1 last").
 */
final class DiagnosticCode {

    private DiagnosticCode() {}

    static Optional<Reply> reply(String field) {
        int semicolon = field.indexOf(';');
        String type = semicolon < 0 ? "" : field.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
        String text = (semicolon < 0 ? field : field.substring(semicolon + 1)).strip();
        if (text.matches("[2-5]\\d\\d-?['\"#].*")) {
            return SmtpReplyText.parse(text); // Amazon SES: 550-'5.7.1 ...'
        }
        if ((type.equals("smtp") || type.isEmpty()) && text.matches("[2-5]\\d\\d([ -].*)?")) {
            return Optional.of(smtpReply(text));
        }
        // Other types (X-Postfix, X-Local) are prose that may quote a reply: "host mx said: 550 ...".
        return NoticeReader.replyIn(text);
    }

    /** Splits an unfolded multi-line reply where its code comes again, and parses the lines as a reply. */
    static Reply smtpReply(String text) {
        String code = text.substring(0, 3);
        List<String> lines = new ArrayList<>();
        int start = 0;
        if (text.startsWith(code + "-")) {
            for (int i = 4; i < text.length() - 3; i++) {
                boolean again = Character.isWhitespace(text.charAt(i - 1)) && text.startsWith(code, i)
                        && (text.charAt(i + 3) == '-' || text.charAt(i + 3) == ' ');
                if (again) {
                    lines.add(text.substring(start, i).strip());
                    start = i;
                    if (text.charAt(i + 3) == ' ') {
                        break; // the last line of the reply
                    }
                }
            }
        }
        lines.add(text.substring(start).strip());
        ReplyParser parser = new ReplyParser();
        for (String line : lines) {
            if (parser.accept(line) instanceof ReplyParser.Complete complete) {
                return complete.reply();
            }
        }
        // Not a well-formed multi-line reply after all: keep the text whole.
        return Reply.of(Integer.parseInt(code), text.length() > 4 ? text.substring(4).strip() : "");
    }
}
