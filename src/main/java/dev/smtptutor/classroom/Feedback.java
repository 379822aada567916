package dev.smtptutor.classroom;

import java.util.stream.Collectors;

/**
 * The words added to the 250 after the final dot, so that feedback reaches any client, telnet too:
 * {@code exercise 1: 3 of 4 (missing: STARTTLS before AUTH)}. Plain ASCII on one line, short enough to
 * keep the reply line under the 512 octets RFC 5321 §4.5.3.1.5 allows.
 */
final class Feedback {

    static final int MAX = 300;

    private Feedback() {}

    static String of(ExerciseResult result) {
        String missing = result.criteria().stream().filter(c -> !c.met()).map(ExerciseResult.CriterionResult::label)
                .collect(Collectors.joining(", "));
        String text = result.complete()
                ? Words.get("feedback.complete", "n", result.exercise().number(), "met", result.metCount(),
                        "of", result.criteria().size())
                : Words.get("feedback.partial", "n", result.exercise().number(), "met", result.metCount(),
                        "of", result.criteria().size(), "missing", missing);
        String ascii = text.replaceAll("[^\\x20-\\x7e]", "?");
        return ascii.length() <= MAX ? ascii : ascii.substring(0, MAX - 3) + "...";
    }
}
