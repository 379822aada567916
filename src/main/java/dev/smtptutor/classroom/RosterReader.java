package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.text.FileTrouble;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.smtptutor.files.CsvFile;
import dev.smtptutor.files.FileProblems;

/**
 * Reads a roster CSV (the header {@code id,name,password}, then one student a line) through the
 * project's CSV reader, and reports every problem as {@code file:line: message}.
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
            throw new ClassroomException(List.of(file + ": " + Words.get("file.unreadable", "why", FileTrouble.describe(e))));
        }
        return parse(file.toString(), text);
    }

    public static Roster parse(String shownAs, String text) throws ClassroomException {
        FileProblems problems = new FileProblems(shownAs);
        List<CsvFile.Row> rows = CsvFile.read(text.startsWith("\uFEFF") ? text.substring(1) : text, COLUMNS, problems);
        List<Student> students = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvFile.Row row : rows) {
            String id = row.get("id").strip().toLowerCase(Locale.ROOT);
            String name = row.get("name").strip();
            String password = row.get("password");
            if (id.isEmpty()) {
                problems.add(row.line(), Words.get("roster.empty-id"));
                continue;
            }
            if (!Student.validId(id)) {
                problems.add(row.line(), Words.get("roster.bad-id", "id", UntrustedText.visible(id)));
                continue;
            }
            if (password.isEmpty()) {
                problems.add(row.line(), Words.get("roster.empty-password", "id", id));
            }
            Integer first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                problems.add(row.line(), Words.get("roster.duplicate-id", "id", id, "line", first));
                continue;
            }
            students.add(new Student(id, name, password));
        }
        if (problems.any()) {
            throw new ClassroomException(problems.lines());
        }
        return new Roster(students);
    }

    /** The roster as CSV, the format {@link #read} reads. */
    public static String write(Roster roster) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Student student : roster.students()) {
            out.append(CsvField.quote(student.id())).append(',').append(CsvField.quote(student.name())).append(',')
                    .append(CsvField.quote(student.password())).append('\n');
        }
        return out.toString();
    }
}
