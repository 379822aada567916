package dev.smtptutor.classroom;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One student of the roster: the id they log in with (and their mailbox {@code ID@example.test}), the
 * name the teacher's gradebook knows them by, and the password for AUTH.
 */
public record Student(String id, String name, String password) {

    /**
     * Ids become folder names and mailbox local parts, so only these characters: lower-case letters,
     * digits, '.', '-', starting with a letter or digit (never "..", never a path separator).
     */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,31}");

    public Student {
        id = id.toLowerCase(Locale.ROOT);
    }

    public String address(String domain) {
        return id + "@" + domain;
    }

    static boolean validId(String id) {
        return ID.matcher(id.toLowerCase(Locale.ROOT)).matches() && !id.contains("..");
    }

    @Override
    public String toString() {
        return "Student[" + id + "]"; // never the password
    }
}
