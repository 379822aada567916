package dev.smtptutor.shell;

/** Questions a slash command may ask the learner in the middle of its work. */
interface Prompter {

    /** The answer with surrounding spaces removed. */
    String ask(String prompt);

    /** The answer exactly as typed, spaces included (a line of message text). */
    String askLine(String prompt);

    /** Asks with the typed characters masked; the answer never reaches the history. */
    String askSecret(String prompt);

    /** A yes/no question; anything but y or yes is no. */
    boolean confirm(String question);
}
