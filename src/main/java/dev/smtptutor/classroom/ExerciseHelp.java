package dev.smtptutor.classroom;

import dev.smtptutor.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a classroom server's answer to {@code HELP EXERCISE} back into an exercise of a set the tutor
 * has, with each criterion met or not, so that the tutor can show it in the learner's language. The
 * server writes the exercise's English task on the wire ({@link ClassroomSessions}); the exercise is
 * recognised by that task, so a teacher's own set, which the tutor does not have, is not recognised.
 */
public final class ExerciseHelp {

    /** The exercise the server named and, criterion by criterion, whether it is met so far. */
    public record Current(Exercise exercise, List<Boolean> met) {
        public Current {
            met = List.copyOf(met);
        }
    }

    /** How the server's reply lines mark the task's lines and each criterion (after the enhanced code). */
    static final String TASK_INDENT = "  ";
    static final String MET = "[x] ";
    static final String NOT_MET = "[ ] ";

    private ExerciseHelp() {}

    /** The current exercise in the set's words, when this reply is a HELP EXERCISE answer about one of them. */
    public static Optional<Current> read(Reply reply, Exercises set) {
        if (reply.code() != 214) {
            return Optional.empty();
        }
        List<String> lines = reply.withoutEnhancedCodes().lines();
        List<String> task = new ArrayList<>();
        List<Boolean> met = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(MET) || line.startsWith(NOT_MET)) {
                met.add(line.startsWith(MET));
            } else if (line.startsWith(TASK_INDENT) && met.isEmpty()) {
                task.add(line.strip());
            }
        }
        if (task.isEmpty()) {
            return Optional.empty();
        }
        for (Exercise shown : set.all()) {
            Optional<Exercise> english = set.english(shown.number());
            if (english.isPresent() && wireTask(english.get()).equals(task) && english.get().criteria().size() == met.size()) {
                return Optional.of(new Current(shown, met));
            }
        }
        return Optional.empty();
    }

    /** The task's lines as the server sends them (and this reads them back): stripped, printable ASCII. */
    static List<String> wireTask(Exercise exercise) {
        List<String> lines = new ArrayList<>();
        for (String line : exercise.task().strip().split("\n")) {
            lines.add(WireText.ascii(line.strip()));
        }
        return lines;
    }
}
