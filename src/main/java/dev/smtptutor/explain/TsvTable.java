package dev.smtptutor.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated table as a teacher edits it: lines starting with {@code #} are notes, blank lines are
 * skipped, the first other line names the columns, and every further line is one row with exactly that many
 * cells. A broken line is reported as {@code name:line: why}.
 */
final class TsvTable {

    /** One row; {@code line} is its line number in the file, for messages. */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return value;
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(List<String> columns, List<Row> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    static TsvTable parse(String name, String text) {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        // Split on '\n' (the one-character split needs no regular expression, a third of this parse's
        // time at start-up), then drop the '\r' a CRLF line ends with.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (columns == null) {
                columns = cells;
                continue;
            }
            if (cells.size() != columns.size()) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected " + columns.size()
                        + " tab-separated columns (" + String.join(", ", columns) + "), found " + cells.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                row.put(columns.get(c), cells.get(c));
            }
            rows.add(new Row(i + 1, java.util.Collections.unmodifiableMap(row)));
        }
        if (columns == null) {
            throw new IllegalStateException(name + ": no header line with the column names");
        }
        return new TsvTable(columns, rows);
    }

    List<String> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }
}
