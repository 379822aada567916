package dev.smtptutor.classroom;

import java.util.List;
import java.util.ArrayList;

/**
 * The words added to the 250 after the final dot, so that feedback reaches any client, telnet too.
 * A message that finishes exercises says which ({@code exercise 1: 4 of 4, complete}, or
 * {@code exercises 1 and 6 complete}); one that finishes none says how far it got with the current
 * exercise ({@code exercise 1: 3 of 4 (missing: STARTTLS before AUTH)}). English, plain ASCII on one
 * line, short enough to keep the reply line under the 512 octets RFC 5321 §4.5.3.1.5 allows (SMTP
 * reply text is ASCII without SMTPUTF8, RFC 5321 §4.2).
 */
final class Feedback {

    static final int MAX = 300;

    private Feedback() {}

    static String of(ExerciseJudge.Counted counted) {
        if (!counted.completed().isEmpty()) {
            return ascii(completed(counted.completed()));
        }
        return ascii(counted.attempted().map(Feedback::progress).orElseGet(() -> counted.results().isEmpty()
                ? Words.wire("feedback.no-exercise") : Words.wire("feedback.all-complete")));
    }

    private static String completed(List<ExerciseResult> done) {
        if (done.size() == 1) {
            ExerciseResult result = done.get(0);
            return Words.wire("feedback.complete", "n", result.exercise().number(), "met", result.metCount(),
                    "of", result.criteria().size());
        }
        List<String> numbers = done.stream().map(r -> String.valueOf(r.exercise().number())).toList();
        String list = Words.wire("feedback.and", "list", String.join(", ", numbers.subList(0, numbers.size() - 1)),
                "last", numbers.get(numbers.size() - 1));
        return Words.wire("feedback.complete-several", "numbers", list);
    }

    private static String progress(ExerciseResult result) {
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < result.criteria().size(); i++) {
            if (!result.criteria().get(i).met()) {
                missed.add(result.exercise().criteria().get(i).wireLabel());
            }
        }
        String missing = String.join(", ", missed);
        return Words.wire("feedback.partial", "n", result.exercise().number(), "met", result.metCount(),
                "of", result.criteria().size(), "missing", missing);
    }

    private static String ascii(String text) {
        String ascii = WireText.ascii(text);
        return ascii.length() <= MAX ? ascii : ascii.substring(0, MAX - 3) + "...";
    }
}
