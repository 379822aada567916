package dev.smtptutor.cli;

/**
 * The shell's {@code java.util.logging} set-up, named by {@code java.util.logging.config.class}: none of
 * JLine's log records is printed. JLine reports through it what the tutor says in its own words or does
 * not need to say (a history file it could not read, a terminal it fell back from), and the default
 * set-up would print those to the learner's screen as raw records with stack traces. Reading the JDK's
 * logging.properties instead was a fifth of java.util.logging's start, which a terminal's first prompt
 * waits for. A set-up the user names ({@code -Djava.util.logging.config.file} or {@code .class}) wins.
 */
public final class ShellLogging {

    /** Called by java.util.logging as it starts: the root logger keeps its default level and no handler. */
    public ShellLogging() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    /** Names this set-up to java.util.logging, before it starts, unless the user named one. */
    static void use() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", ShellLogging.class.getName());
        }
    }
}
