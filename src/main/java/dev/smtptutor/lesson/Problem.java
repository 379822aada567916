package dev.smtptutor.lesson;

/**
 * One mistake in a lesson file, where a teacher can find it: {@code lessons/03-envelope.yaml:14: unknown
 * key 'expct' (did you mean 'expect'?)}.
 *
 * @param file    the file as the teacher named it (e.g. {@code lessons/03-envelope.yaml})
 * @param line    1-based line number
 * @param message what is wrong, in a sentence that says what to change
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
