package dev.smtptutor.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Reads a UTF-8 {@code .properties} file (java.util.Properties syntax) from the class path. */
final class PropertiesFile {

    private PropertiesFile() {}

    /**
     * The file's texts as written (trailing blanks are kept: a prompt ends in one); empty when there
     * is no such file.
     */
    static Optional<Map<String, String>> read(String resourcePath) {
        return Resources.text(resourcePath).map(PropertiesFile::parse);
    }

    static Map<String, String> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return Map.copyOf(texts);
    }
}
