package dev.smtptutor.lesson;

import dev.smtptutor.text.Language;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a translated lesson or exercise file is named: {@code NN-slug.LANG.yaml} beside the English
 * {@code NN-slug.yaml} (see lessons/README.md). One convention for lessons, exercises and i18n check.
 */
public final class TranslationFiles {

    /** Group 1 is the English file's name without ".yaml", group 2 the language code. */
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2}-[a-z0-9][a-z0-9-]*)\\.([a-z]{2})\\.yaml");

    private TranslationFiles() {}

    /** The English file a translation belongs to ("01-hello.yaml") and its language code, if it is one. */
    public static Optional<Map.Entry<String, String>> parts(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        return m.matches() ? Optional.of(Map.entry(m.group(1) + ".yaml", m.group(2))) : Optional.empty();
    }

    /** The language a translation's code names; empty for English or a code the tutor does not speak. */
    public static Optional<Language> language(String code) {
        return Language.ofCode(code).filter(l -> l != Language.EN);
    }

    /** The translation's name (or path) for an English file and a language: 01-x.yaml → 01-x.de.yaml. */
    public static String fileFor(String englishFile, Language language) {
        return englishFile.replaceFirst("\\.yaml$", "." + language.code() + ".yaml");
    }
}
