package dev.smtptutor.cli;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;

/** The command line's own words (errors, reports), messages.properties and its translations. */
final class CliTexts {

    private static final TextBundle TEXTS = Texts.bundle("dev/smtptutor/cli/messages");
    private static final TextBundle HELP = Texts.bundle("dev/smtptutor/cli/help");

    private CliTexts() {}

    static String get(String key) {
        return TEXTS.get(key);
    }

    static String get(String key, Map<String, ?> values) {
        return TEXTS.get(key, values);
    }

    /** Every command's --help, for picocli. */
    static java.util.ResourceBundle help() {
        return HELP.asResourceBundle();
    }
}
