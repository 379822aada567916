package dev.smtptutor.cli;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;

/** The words of the probe report, probe.properties and its translations, through the one text source. */
final class ProbeTexts {

    private static final TextBundle TEXTS = Texts.bundle("dev/smtptutor/cli/probe");

    private ProbeTexts() {}

    static String get(String key) {
        return TEXTS.get(key);
    }

    static String get(String key, Map<String, ?> values) {
        return TEXTS.get(key, values);
    }
}
