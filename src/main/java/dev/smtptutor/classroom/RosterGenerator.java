package dev.smtptutor.classroom;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A new roster: ids {@code s01}…{@code sNN} and random pronounceable passwords (consonant-vowel
 * syllables and two digits, e.g. {@code tobaki-mure42}), easy to read aloud or copy from a slip of paper.
 */
public final class RosterGenerator {

    private static final String CONSONANTS = "bdfgkmnprstvz";
    private static final String VOWELS = "aeiou";
    public static final int MAX_STUDENTS = 999;

    private RosterGenerator() {}

    public static Roster generate(int count) {
        return generate(count, new SecureRandom());
    }

    static Roster generate(int count, RandomGenerator random) {
        if (count < 1 || count > MAX_STUDENTS) {
            throw new IllegalArgumentException("count out of range: " + count);
        }
        int width = Math.max(2, String.valueOf(count).length());
        List<Student> students = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = "s" + String.format("%0" + width + "d", i);
            students.add(new Student(id, Words.get("roster.generated-name", "n", i), password(random)));
        }
        return new Roster(students);
    }

    /** About 46 bits: 7 syllables of 65 and two digits; plenty against guessing over SMTP in one lesson. */
    static String password(RandomGenerator random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (i == 3) {
                out.append('-');
            }
            out.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            out.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        out.append(random.nextInt(10)).append(random.nextInt(10));
        return out.toString();
    }
}
