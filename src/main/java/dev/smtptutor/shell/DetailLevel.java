package dev.smtptutor.shell;

import java.util.Locale;
import java.util.Optional;

/** How much the shell explains under each reply: {@code /explain off|short|full}. */
public enum DetailLevel {
    OFF, SHORT, FULL;

    public static Optional<DetailLevel> parse(String word) {
        for (DetailLevel level : values()) {
            if (level.name().equalsIgnoreCase(word.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
