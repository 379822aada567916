package dev.smtptutor.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The message being typed after 354. Lines stay here until the lone "." so the learner can still
 * abandon it; the conversation dot-stuffs them on the way out (RFC 5321 §4.5.2).
 */
final class MessageDraft {

    private final List<String> lines = new ArrayList<>();

    void add(String line) {
        lines.add(line);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    int size() {
        return lines.size();
    }

    /** True for the line that ends the message: a single period. */
    static boolean isEnd(String line) {
        return line.equals(".");
    }
}
