package dev.smtptutor.mail;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;
import java.util.Optional;

/**
 * The words of this package, one file per subject under {@code dev/smtptutor/mail/} (headers,
 * bounces, compose problems) and their translations, through the one text source.
 */
public final class MailTexts {

    private static final MailTexts HEADERS = load("headers");
    private static final MailTexts BOUNCE = load("bounce");
    private static final MailTexts PROBLEMS = load("problems");

    private final TextBundle texts;

    private MailTexts(TextBundle texts) {
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
        return new MailTexts(Texts.bundle("dev/smtptutor/mail/" + name));
    }

    public Optional<String> find(String key) {
        return texts.find(key);
    }

    /** A text the code cannot do without; its absence is a packaging bug. */
    public String get(String key) {
        return texts.get(key);
    }

    public String get(String key, Map<String, ?> values) {
        return texts.get(key, values);
    }

    public String get(String key, String name, Object value) {
        return texts.get(key, name, value);
    }
}
