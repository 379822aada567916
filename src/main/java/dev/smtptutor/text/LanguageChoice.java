package dev.smtptutor.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which language to speak: the one asked for on the command line, else the one the environment names,
 * else English. The environment is read as POSIX reads it for messages: {@code LC_ALL} overrides
 * {@code LC_MESSAGES}, which overrides {@code LANG}; the first one that is set and not empty decides,
 * even when it names a language the tutor does not speak (then English).
 */
public final class LanguageChoice {

    /** POSIX.1-2017 §8.2: the precedence of the locale variables for the LC_MESSAGES category. */
    private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private LanguageChoice() {}

    /** {@code --lang} when given (already checked to be a known code), else the environment's. */
    public static Language choose(Optional<Language> flag, Map<String, String> environment) {
        return flag.orElseGet(() -> fromEnvironment(environment));
    }

    public static Language fromEnvironment(Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return ofLocaleName(value);
            }
        }
        return Language.EN;
    }

    /**
     * The language of a POSIX locale name, {@code language[_territory][.codeset][@modifier]}:
     * "pt_BR.UTF-8" is Portuguese, "zh_CN.UTF-8" Chinese, "C" and "POSIX" English, anything unknown English.
     */
    public static Language ofLocaleName(String name) {
        String stripped = name.strip();
        int end = 0;
        while (end < stripped.length() && "_.@-".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return Language.ofCode(stripped.substring(0, end)).orElse(Language.EN);
    }
}
