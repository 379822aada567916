package dev.smtptutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** The words of the probe report, from probe.properties, with {name} placeholders. */
final class ProbeTexts {

    private static final Properties TEXTS = new Properties();

    static {
        try (InputStream in = ProbeTexts.class.getResourceAsStream("probe.properties")) {
            TEXTS.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProbeTexts() {}

    static String get(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no probe text " + key);
        }
        return text;
    }

    static String get(String key, Map<String, ?> values) {
        String text = get(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }
}
