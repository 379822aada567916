package dev.smtptutor.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The class: every student in the teacher's order, found by id. */
public final class Roster {

    private final List<Student> students;
    private final Map<String, Student> byId = new LinkedHashMap<>();

    public Roster(List<Student> students) {
        this.students = List.copyOf(students);
        for (Student student : this.students) {
            if (byId.putIfAbsent(student.id(), student) != null) {
                throw new IllegalArgumentException("duplicate id " + student.id());
            }
        }
    }

    public List<Student> students() {
        return students;
    }

    public Optional<Student> find(String id) {
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
    }

    public boolean contains(String id) {
        return byId.containsKey(id.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return students.size();
    }
}
