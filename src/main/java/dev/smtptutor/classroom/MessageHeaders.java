package dev.smtptutor.classroom;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The header fields of a stored message (RFC 5322 §2.2): unfolded, by lower-case name, first wins. */
final class MessageHeaders {

    private final Map<String, String> fields;

    private MessageHeaders(Map<String, String> fields) {
        this.fields = fields;
    }

    static MessageHeaders of(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        int end = headerEnd(text);
        Map<String, String> fields = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : text.substring(0, end).split("\r\n|\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip()); // RFC 5322 §2.2.3 unfolding
                continue;
            }
            if (name != null) {
                fields.putIfAbsent(name, value.toString().strip());
            }
            int colon = line.indexOf(':');
            name = colon > 0 ? line.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
            value.setLength(0);
            if (colon > 0) {
                value.append(line.substring(colon + 1));
            }
        }
        if (name != null) {
            fields.putIfAbsent(name, value.toString().strip());
        }
        return new MessageHeaders(fields);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    static String body(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        int end = headerEnd(text);
        return end >= text.length() ? "" : text.substring(end);
    }

    private static int headerEnd(String text) {
        if (text.startsWith("\r\n") || text.startsWith("\n")) {
            return 0; // no header block at all
        }
        int crlf = text.indexOf("\r\n\r\n");
        int lf = text.indexOf("\n\n");
        if (crlf < 0 && lf < 0) {
            return text.length();
        }
        return crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 2 : lf + 1;
    }
}
