package dev.smtptutor.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records of a small CSV file, each with the line it starts on. Stand-in until the project's
 * shared CSV reader (package {@code files}) lands; {@link RosterReader} is its only user.
 */
final class CsvLines {

    /** One record: its fields and the 1-based line it starts on; {@code problem} when a quote is unclosed. */
    record Row(int line, List<String> fields, boolean unclosedQuote) {}

    private CsvLines() {}

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        int i = 0;
        if (text.startsWith("\uFEFF")) {
            i = 1; // a byte order mark, as spreadsheet programs write
        }
        while (i < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean unclosed = false;
            while (true) {
                if (i >= text.length()) {
                    unclosed = quoted;
                    fields.add(field.toString());
                    break;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    continue;
                } else if (c == '\n') {
                    line++;
                    fields.add(field.toString());
                    break;
                } else {
                    field.append(c);
                }
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                rows.add(new Row(start, List.copyOf(fields), unclosed));
            }
        }
        return rows;
    }

    /** A field as CSV writes it: quoted when it holds a comma, a quote or a line end. */
    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
