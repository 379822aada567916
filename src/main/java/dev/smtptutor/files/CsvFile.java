package dev.smtptutor.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file of the project (a class roster: {@code id,name,password}) as RFC 4180 writes it:
 * fields separated by commas, a field in double quotes may hold commas, line breaks and quotes doubled
 * ({@code "O""Brien"}), records end with CRLF or LF. The first record must be the expected header. Every
 * mistake is reported as {@code file:line: message} and reading goes on with the next record, so one pass
 * finds them all; a record with a mistake is left out.
 */
public final class CsvFile {

    /** One record under the header: the line it starts on and its fields by column name, in order. */
    public record Row(int line, Map<String, String> fields) {
        public Row {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public String get(String column) {
            return fields.getOrDefault(column, "");
        }
    }

    /** A field longer than this is a mistake, not a name or a password. */
    static final int MAX_FIELD = 1_000;
    /** More records than any class has. */
    static final int MAX_ROWS = 10_000;

    private final String text;
    private final FileProblems problems;
    private int position;
    private int line = 1;

    private CsvFile(String text, FileProblems problems) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark some editors add
        this.problems = problems;
    }

    /** The records under {@code header}; problems are added to {@code problems}. */
    public static List<Row> read(String text, List<String> header, FileProblems problems) {
        return new CsvFile(text, problems).rows(header);
    }

    private List<Row> rows(List<String> header) {
        List<Row> rows = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(1, ProblemWords.get("csv.empty", String.join(",", header)));
            return rows;
        }
        int headerLine = line;
        List<String> first = record();
        if (first == null || !first.equals(header)) {
            problems.add(headerLine, ProblemWords.get("csv.header", String.join(",", header),
                    first == null ? "" : String.join(",", first)));
            return rows;
        }
        while (position < text.length()) {
            int start = line;
            List<String> fields = record();
            if (fields == null || (fields.size() == 1 && fields.get(0).isEmpty())) {
                continue; // a mistake already reported, or a blank line
            }
            if (fields.size() != header.size()) {
                problems.add(start, ProblemWords.get("csv.field-count", header.size(), String.join(",", header),
                        fields.size()));
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.add(start, ProblemWords.get("csv.too-many", MAX_ROWS));
                break;
            }
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                named.put(header.get(i), fields.get(i));
            }
            rows.add(new Row(start, named));
        }
        return rows;
    }

    /** The fields of the next record, or null when it has a mistake (reported; the rest of it is skipped). */
    private List<String> record() {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean ok = true;
        while (true) {
            boolean quoted = position < text.length() && text.charAt(position) == '"';
            if (quoted) {
                int opened = line;
                position++;
                while (true) {
                    if (position >= text.length()) {
                        problems.add(opened, ProblemWords.get("csv.unclosed-quote"));
                        return null;
                    }
                    char c = text.charAt(position++);
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else {
                while (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
                    char c = text.charAt(position++);
                    if (c == '"' && ok) {
                        problems.add(line, ProblemWords.get("csv.stray-quote"));
                        ok = false;
                    }
                    field.append(c);
                }
            }
            if (field.length() > MAX_FIELD && ok) {
                problems.add(line, ProblemWords.get("csv.too-long", fields.size() + 1, MAX_FIELD));
                ok = false;
            }
            fields.add(field.toString());
            field.setLength(0);
            if (position >= text.length()) {
                return ok ? fields : null;
            }
            char next = text.charAt(position);
            if (next == ',') {
                position++;
                continue;
            }
            if (next == '\r' || next == '\n') {
                position += next == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n' ? 2 : 1;
                line++;
                return ok ? fields : null;
            }
            // Text after a closing quote: "a"b
            if (ok) {
                problems.add(line, ProblemWords.get("csv.after-quote"));
                ok = false;
            }
            while (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
                position++;
            }
        }
    }
}
