package dev.smtptutor.classroom;

/**
 * Live news from a running class, for the teacher's board and the web board. Called on session
 * threads: return quickly and never block (hand work to your own thread).
 */
public interface ClassListener {

    /** Something about a student changed: connected, state, last command or reply, points. */
    default void studentChanged(StudentSnapshot student) {}

    /** A line was added to a session's transcript; {@code student} is empty while unidentified. */
    default void entryAdded(String student, long session, Entry entry) {}

    /** A line for the teacher's log (connections, identifications, messages, limits). */
    default void logged(String line) {}
}
