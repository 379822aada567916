package dev.smtptutor.web;

import java.util.List;

/** All one student may see of their own: row, exercises with evidence, sessions, messages. */
public record StudentDetail(StudentRow row, List<ExerciseResult> exercises, List<SessionLog> sessions,
                            List<MessageView> messages) {

    public StudentDetail {
        exercises = List.copyOf(exercises);
        sessions = List.copyOf(sessions);
        messages = List.copyOf(messages);
    }
}
