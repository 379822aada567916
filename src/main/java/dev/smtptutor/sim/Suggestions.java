package dev.smtptutor.sim;

import dev.smtptutor.protocol.Spelling;
import java.util.Collection;

/** "(did you mean 'x'?)" in a scenario file's problems, or what to say when no known word is close. */
final class Suggestions {

    private Suggestions() {}

    static String hint(String typed, Collection<String> known, String otherwise) {
        return Spelling.closest(typed, known).map(s -> "(did you mean '" + s + "'?)").orElse(otherwise);
    }
}
