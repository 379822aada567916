package dev.smtptutor.cli;

import dev.smtptutor.shell.ShellOptions;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.LanguageChoice;
import dev.smtptutor.text.RememberedLanguage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * {@code --lang}, which the tutor and every subcommand take ({@code ./run.sh --lang es lesson 1},
 * {@code ./run.sh explain --lang zh "550 ..."}). It is read before picocli parses anything, because
 * the language decides the words of picocli's own help and errors; picocli then only checks it.
 */
final class LanguageOption {

    static final String NAME = "--lang";

    private LanguageOption() {}

    /**
     * The language to speak: {@code --lang}, else the one the learner chose with /lang (remembered in
     * the tutor's folder), else LC_ALL, LC_MESSAGES, LANG, else English. An unknown --lang is left for
     * picocli to report.
     */
    static Language choose(List<String> args, Map<String, String> environment) {
        // Written out, not as Optional.or(...).orElseGet(...): these would be the JVM's first lambdas, and
        // linking them is milliseconds of the shell's start.
        Optional<Language> chosen = flag(args);
        if (chosen.isEmpty()) {
            chosen = RememberedLanguage.read(ShellOptions.defaultHome(environment));
        }
        return chosen.isPresent() ? chosen.get() : LanguageChoice.fromEnvironment(environment);
    }

    /** The value of {@code --lang xx} or {@code --lang=xx} anywhere before {@code --}. */
    static Optional<Language> flag(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(NAME) && i + 1 < args.size()) {
                return Language.ofCode(args.get(i + 1));
            }
            if (arg.startsWith(NAME + "=")) {
                return Language.ofCode(arg.substring(NAME.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** Whether the arguments are only {@code --lang xx}: the shell with defaults, fast path. */
    static boolean onlyLanguage(List<String> args) {
        return (args.size() == 2 && args.get(0).equals(NAME) && Language.ofCode(args.get(1)).isPresent())
                || (args.size() == 1 && args.get(0).startsWith(NAME + "=") && flag(args).isPresent());
    }

    /** picocli's check of the value, with a sentence that lists the choices. */
    static final class Converter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofCode(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    CliTexts.get("lang.unknown", Map.of("value", value, "codes", Language.codes()))));
        }
    }
}
