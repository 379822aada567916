package dev.smtptutor.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated table as a teacher edits it: lines starting with {@code #} are notes, blank lines are
 * skipped, the first other line names the columns, and every further line is one row with exactly that many
 * cells. A broken line is reported as {@code name:line: why}.
 */
final class TsvTable {

    /**
     * One row; {@code line} is its line number in the file, for messages. Its cells are kept as an array
     * beside the table's column positions, not a map per row: the reply-code and enhanced-code tables are
     * read (and a translation laid over them) on the way to the first prompt.
     */
    static final class Row {
        private final int line;
        private final Map<String, Integer> columns;
        private final String[] cells;

        private Row(int line, Map<String, Integer> columns, String[] cells) {
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        int line() {
            return line;
        }

        String get(String column) {
            Integer at = columns.get(column);
            if (at == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return cells[at];
        }

        /** The cells by column name, in the table's order. */
        Map<String, String> cells() {
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                byColumn.put(column.getKey(), cells[column.getValue()]);
            }
            return java.util.Collections.unmodifiableMap(byColumn);
        }

        /**
         * This row with a translation's words laid over it: each cell of the translation's row, other than
         * the key, that is not blank and names a column this table has, replaces this row's cell.
         */
        Row overlaid(Row translation, String keyColumn) {
            String[] merged = Arrays.copyOf(cells, cells.length);
            for (Map.Entry<String, Integer> column : translation.columns.entrySet()) {
                Integer here = columns.get(column.getKey());
                String text = translation.cells[column.getValue()];
                if (here != null && !column.getKey().equals(keyColumn) && !text.isBlank()) {
                    merged[here] = text;
                }
            }
            return new Row(line, columns, merged);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + cells();
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
        Map<String, Integer> positions = null;
        List<Row> rows = new ArrayList<>();
        // Split on '\n' (the one-character split needs no regular expression, a third of this parse's
        // time at start-up), then drop the '\r' a CRLF line ends with.
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = List.of(cells);
                positions = new LinkedHashMap<>();
                for (int c = 0; c < cells.length; c++) {
                    positions.put(cells[c], c);
                }
                positions = java.util.Collections.unmodifiableMap(positions);
                continue;
            }
            if (cells.length != columns.size()) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected " + columns.size()
                        + " tab-separated columns (" + String.join(", ", columns) + "), found " + cells.length);
            }
            rows.add(new Row(i + 1, positions, cells));
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
