package dev.smtptutor.explain;

/** The knowledge files that ship in the jar beside these classes, read through the one text source. */
final class Resources {

    static final String FOLDER = "dev/smtptutor/explain/";

    private Resources() {}

    /** The whole English file as UTF-8 text; a missing file is a packaging bug, so it fails loudly. */
    static String text(String fileName) {
        return dev.smtptutor.text.Resources.require(FOLDER + fileName);
    }

    /** The given language's version of a whole-file table ({@code commands_es.tsv}), when there is one (none for English). */
    static java.util.Optional<String> translation(String name, String extension, dev.smtptutor.text.Language language) {
        return language == dev.smtptutor.text.Language.EN ? java.util.Optional.empty()
                : dev.smtptutor.text.Resources.text(FOLDER + name + language.bundleSuffix() + "." + extension);
    }
}
