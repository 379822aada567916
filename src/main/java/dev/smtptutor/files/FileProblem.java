package dev.smtptutor.files;

/**
 * One mistake in a file of the project (a lesson, a scenario, an exercise, a roster), where its author
 * can find it: {@code lessons/03-envelope.yaml:14: unknown key 'expct' (did you mean 'expect'?)}.
 *
 * @param file    the file as its author named it (e.g. {@code lessons/03-envelope.yaml})
 * @param line    1-based line number
 * @param message what is wrong, in a sentence that says what to change
 */
public record FileProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
