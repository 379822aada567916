package dev.smtptutor.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roster CSV ({@code id,name,password}, header first, columns in any order, more columns
 * ignored, as an LMS export has them) and reports every problem as {@code file:line: message}.
 */
public final class RosterReader {

    /** A roster is for a room, not a university: far more than any class, small enough to read at once. */
    static final long MAX_BYTES = 1024 * 1024;
    static final List<String> COLUMNS = List.of("id", "name", "password");

    private RosterReader() {}

    public static Roster read(Path file) throws ClassroomException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ClassroomException(List.of(file + ": " + Words.get("roster.too-big", "max", MAX_BYTES)));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClassroomException(List.of(file + ": " + Words.get("file.unreadable", "why", e.getMessage())));
        }
        return parse(file.toString(), text);
    }

    public static Roster parse(String shownAs, String text) throws ClassroomException {
        List<CsvLines.Row> rows = CsvLines.parse(text);
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("roster.empty")));
        }
        CsvLines.Row header = rows.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            column.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String name : COLUMNS) {
            if (!column.containsKey(name)) {
                problems.add(shownAs + ":" + header.line() + ": " + Words.get("roster.missing-column", "column", name));
            }
        }
        if (!problems.isEmpty()) {
            throw new ClassroomException(problems);
        }
        List<Student> students = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvLines.Row row : rows.subList(1, rows.size())) {
            String at = shownAs + ":" + row.line() + ": ";
            if (row.unclosedQuote()) {
                problems.add(at + Words.get("roster.unclosed-quote"));
                continue;
            }
            String id = field(row, column.get("id")).strip().toLowerCase(Locale.ROOT);
            String name = field(row, column.get("name")).strip();
            String password = field(row, column.get("password"));
            if (id.isEmpty()) {
                problems.add(at + Words.get("roster.empty-id"));
                continue;
            }
            if (!Student.validId(id)) {
                problems.add(at + Words.get("roster.bad-id", "id", Shown.escaped(id)));
                continue;
            }
            if (password.isEmpty()) {
                problems.add(at + Words.get("roster.empty-password", "id", id));
            }
            Integer first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                problems.add(at + Words.get("roster.duplicate-id", "id", id, "line", first));
                continue;
            }
            students.add(new Student(id, name, password));
        }
        if (!problems.isEmpty()) {
            throw new ClassroomException(problems);
        }
        return new Roster(students);
    }

    private static String field(CsvLines.Row row, int index) {
        return index < row.fields().size() ? row.fields().get(index) : "";
    }

    /** The roster as CSV, the format {@link #read} reads. */
    public static String write(Roster roster) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Student student : roster.students()) {
            out.append(CsvLines.quote(student.id())).append(',').append(CsvLines.quote(student.name())).append(',')
                    .append(CsvLines.quote(student.password())).append('\n');
        }
        return out.toString();
    }
}
