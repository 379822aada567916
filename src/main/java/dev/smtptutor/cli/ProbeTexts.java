package dev.smtptutor.cli;

import dev.smtptutor.client.ResourceTexts;
import java.util.Map;

/** The words of the probe report, from probe.properties, with {name} placeholders. */
final class ProbeTexts {

    private static final ResourceTexts TEXTS = ResourceTexts.bundle("dev.smtptutor.cli.probe");

    private ProbeTexts() {}

    static String get(String key) {
        return TEXTS.text(key, Map.of());
    }

    static String get(String key, Map<String, ?> values) {
        return TEXTS.text(key, values);
    }
}
