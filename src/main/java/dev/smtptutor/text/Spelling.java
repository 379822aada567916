package dev.smtptutor.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?": the known word closest to a mistyped one. Pure text, shared by everything that
 * reads what people type: SMTP verbs, the shell's commands, scenario and lesson files.
 */
public final class Spelling {

    private Spelling() {}

    /** The candidate nearest to {@code typed}, when it is close enough to be a typo of it. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String word = typed.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> closeEnough(word, c.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt((String c) -> distance(word, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A typo (an edit or two) or a word cut short or run on ("greylisting" for "greylist"). */
    private static boolean closeEnough(String typed, String candidate) {
        boolean affix = typed.length() >= 3 && (typed.startsWith(candidate) || candidate.startsWith(typed));
        return affix || distance(typed, candidate) <= Math.max(1, candidate.length() / 3);
    }

    /** "(did you mean 'x'?)" when a candidate is close, else {@code otherwise} (e.g. the list of known words). */
    public static String hint(String typed, Collection<String> candidates, String otherwise) {
        return closest(typed, candidates).map(c -> "(did you mean '" + c + "'?)").orElse(otherwise);
    }

    /** " (did you mean 'x'?)" or nothing. */
    public static String suggestion(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Edit distance counting a swap of neighbours as one edit: "expcet" is one typo from "expect". */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
