package dev.smtptutor.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The class as the web pages read it: read-only, in plain values, already explained. The classroom
 * server binds it to its roster, sessions and grades; tests bind it to a class they build by hand.
 * Implementations must be safe to call from many threads.
 */
public interface ClassView {

    /** The current exercises, in order: the board's columns. */
    List<ExerciseColumn> exercises();

    /** Every roster student, in roster order, also those who never connected. */
    List<StudentRow> students();

    /** One student's board row; empty for an id not in the roster. */
    Optional<StudentRow> student(String id);

    /** Everything one student may see of their own; empty for an id not in the roster. */
    Optional<StudentDetail> detail(String id);

    /** The roster password of a student, to be compared in constant time; empty for an unknown id. */
    Optional<String> password(String id);

    /** Calls {@code changed} with a student's id whenever anything about that student changes. */
    void onChange(Consumer<String> changed);
}
