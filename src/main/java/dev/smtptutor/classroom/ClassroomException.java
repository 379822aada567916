package dev.smtptutor.classroom;

import java.util.List;

/** A teacher's file (roster, exercise) that cannot be used, with every problem as {@code file:line: message}. */
public final class ClassroomException extends Exception {

    private final List<String> problems;

    public ClassroomException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
