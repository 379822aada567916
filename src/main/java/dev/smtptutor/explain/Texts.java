package dev.smtptutor.explain;

import dev.smtptutor.text.Placeholders;
import dev.smtptutor.text.TextBundle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one knowledge file ({@code replies.properties} and its translations), in the current
 * language with English fallback, through the one text source ({@link dev.smtptutor.text.Texts}).
 */
final class Texts {

    private final TextBundle bundle;

    private Texts(TextBundle bundle) {
        this.bundle = bundle;
    }

    /** The knowledge file "replies.properties" (and replies_es.properties, ...). */
    static Texts load(String fileName) {
        String baseName = fileName.endsWith(".properties")
                ? fileName.substring(0, fileName.length() - ".properties".length()) : fileName;
        return new Texts(dev.smtptutor.text.Texts.bundle(Resources.FOLDER + baseName));
    }

    /** Reads the current language's file now, if it has not been read yet. */
    void prepare() {
        bundle.texts(dev.smtptutor.text.Texts.language());
    }

    /**
     * Also reads the English file when another language is spoken: the explainer looks up optional keys
     * (the most specific text first), and a key the language lacks is looked up in English.
     */
    void prepareWithFallback() {
        prepare();
        bundle.texts(dev.smtptutor.text.Language.EN);
    }

    Optional<String> get(String key) {
        return bundle.find(key);
    }

    /** A text the explainer cannot do without; its absence is a bug in the knowledge files. */
    String require(String key) {
        return bundle.get(key);
    }

    /** The first key of {@code keys} that has a text, with that text. */
    Optional<Map.Entry<String, String>> first(List<String> keys) {
        for (String key : keys) {
            Optional<String> text = bundle.find(key);
            if (text.isPresent()) {
                return Optional.of(Map.entry(key, text.get()));
            }
        }
        return Optional.empty();
    }

    /** Every key of the English file. */
    Set<String> keys() {
        return bundle.keys();
    }

    /** The template with each {@code {name}} found in {@code values} replaced; other braces stay as written. */
    static String fill(String template, Map<String, String> values) {
        return Placeholders.fill(template, values);
    }
}
