package dev.smtptutor.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the tutor speaks. English is the source language: every other language's files hold
 * translations of the English keys, and a key a translation lacks is shown in English.
 */
public enum Language {
    EN("en", "English"),
    ES("es", "Español"),
    PT("pt", "Português"),
    IT("it", "Italiano"),
    DE("de", "Deutsch"),
    ZH("zh", "中文");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** The ISO 639-1 code: "en", "zh". */
    public String code() {
        return code;
    }

    /** The language's name in itself, as a menu shows it: "Deutsch". */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The suffix of this language's files: "" for English ({@code messages.properties}), "_es" otherwise. */
    public String bundleSuffix() {
        return this == EN ? "" : "_" + code;
    }

    /** The language of a code as a person types it ("es", "ZH", " de "); empty for anything else. */
    public static Optional<Language> ofCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        // A loop, not a stream: this runs first thing at every start, and a stream's first use costs
        // several milliseconds of class set-up there.
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** "en, es, pt, it, de, zh", for usage messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}
