package dev.smtptutor.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of one subject, e.g. the shell's messages: {@code dev/smtptutor/shell/messages.properties}
 * in English and {@code messages_es.properties} etc. beside it. Each language's file is read the first
 * time a text is asked for in that language; a key the language lacks is looked up in English, so a
 * learner never sees a key name or a blank where a translation is missing.
 */
public final class TextBundle {

    private final String baseName;
    private final Map<Language, Map<String, String>> loaded = new EnumMap<>(Language.class);
    private int generation = Texts.generation();

    TextBundle(String baseName) {
        this.baseName = baseName;
    }

    /** The resource path without language and extension: "dev/smtptutor/shell/messages". */
    public String baseName() {
        return baseName;
    }

    /** The text in the current language, else in English; a key English lacks is a packaging bug. */
    public String get(String key) {
        return find(key).orElseThrow(() -> new IllegalStateException(
                "missing text '" + key + "' in " + baseName + ".properties"));
    }

    /** The text with each {@code {name}} replaced by its value. */
    public String get(String key, Map<String, ?> values) {
        return Placeholders.fill(get(key), values);
    }

    public String get(String key, String name, Object value) {
        return get(key, Map.of(name, value));
    }

    /** The text in the current language, else in English, else empty (for optional texts). */
    public Optional<String> find(String key) {
        return find(Texts.language(), key);
    }

    public Optional<String> find(Language language, String key) {
        String text = texts(language).get(key);
        if (text == null && language != Language.EN) {
            text = texts(Language.EN).get(key);
        }
        return Optional.ofNullable(text);
    }

    /** Whether the current language has its own text for this key (not the English fallback). */
    public boolean translated(String key) {
        return texts(Texts.language()).containsKey(key);
    }

    /** Every English key: the full set of texts this subject has. */
    public Set<String> keys() {
        return texts(Language.EN).keySet();
    }

    /**
     * This bundle as a {@link ResourceBundle}, for a library that wants one (picocli's --help), with the
     * same current language and English fallback as every other text.
     */
    public ResourceBundle asResourceBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return find(key).orElse(null);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(keys());
            }

            @Override
            public String getBaseBundleName() {
                return baseName.replace('/', '.');
            }
        };
    }

    /** One language's own texts, without fallback; empty when it has no file. */
    public synchronized Map<String, String> texts(Language language) {
        if (generation != Texts.generation()) {
            loaded.clear();
            generation = Texts.generation();
        }
        // Written out, not as computeIfAbsent with a lambda: each start-up thread reads its first words here,
        // and a lambda's first call is linked by the JVM (a tenth of a millisecond each, on every start).
        Map<String, String> texts = loaded.get(language);
        if (texts == null) {
            Optional<Map<String, String>> read = PropertiesFile.read(baseName + language.bundleSuffix() + ".properties");
            if (read.isEmpty() && language == Language.EN) {
                throw new IllegalStateException(baseName + ".properties is missing from the build");
            }
            texts = read.isPresent() ? read.get() : Map.of();
            loaded.put(language, texts);
        }
        return texts;
    }
}
