package dev.smtptutor.shell;

/** Questions a slash command may ask the learner in the middle of its work. */
interface Prompter {

    /**
     * The learner pressed Ctrl-C or Ctrl-D at a question: the command that asked stops, having done
     * nothing, and the shell goes back to its prompt.
     */
    final class Cancelled extends RuntimeException {
        private final boolean endOfInput;

        Cancelled(boolean endOfInput) {
            super(null, null, false, false);
            this.endOfInput = endOfInput;
        }

        /** Ctrl-D (or the end of piped input), rather than Ctrl-C. */
        boolean endOfInput() {
            return endOfInput;
        }
    }

    /** The answer with surrounding spaces removed; {@link Cancelled} on Ctrl-C or Ctrl-D. */
    String ask(String prompt);

    /** The answer exactly as typed, spaces included (a line of message text). */
    String askLine(String prompt);

    /** Asks with the typed characters masked; the answer never reaches the history. */
    String askSecret(String prompt);

    /** A yes/no question; anything but y or yes is no. */
    boolean confirm(String question);
}
