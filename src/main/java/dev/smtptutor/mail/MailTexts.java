package dev.smtptutor.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of this package: one UTF-8 properties file per subject under {@code dev/smtptutor/mail/}
 * (headers, bounces, compose problems), with {@code {name}} placeholders replaced by plain search so
 * that an apostrophe never breaks a text. A teacher can read and reword them without touching Java.
 */
public final class MailTexts {

    private static final MailTexts HEADERS = load("headers");
    private static final MailTexts BOUNCE = load("bounce");
    private static final MailTexts PROBLEMS = load("problems");

    private final String fileName;
    private final Properties texts;

    private MailTexts(String fileName, Properties texts) {
        this.fileName = fileName;
        this.texts = texts;
    }

    /** What each header and MIME part of a message is for. */
    public static MailTexts headers() {
        return HEADERS;
    }

    /** The fields of a delivery-status report and the parts of a bounce. */
    public static MailTexts bounce() {
        return BOUNCE;
    }

    /** What is wrong with a learner's input, said so they can fix it. */
    public static MailTexts problems() {
        return PROBLEMS;
    }

    static MailTexts load(String name) {
        Properties properties = new Properties();
        String fileName = name + ".properties";
        try (InputStream in = MailTexts.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is missing from dev/smtptutor/mail/");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MailTexts(fileName, properties);
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.getProperty(key)).map(String::strip);
    }

    /** A text the code cannot do without; its absence is a packaging bug. */
    public String get(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException(fileName + " has no text for " + key));
    }

    public String get(String key, Map<String, ?> values) {
        String text = get(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }

    public String get(String key, String name, Object value) {
        return get(key, Map.of(name, value));
    }
}
