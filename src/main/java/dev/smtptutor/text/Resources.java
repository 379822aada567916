package dev.smtptutor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Files that ship in the jar: words, knowledge tables, lessons. */
public final class Resources {

    private Resources() {}

    /** The whole file as UTF-8 text, e.g. "dev/smtptutor/explain/commands.tsv"; empty when it is not there. */
    public static Optional<String> text(String resourcePath) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resourcePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourcePath, e);
        }
    }

    /** A file the program cannot do without; its absence is a packaging bug, so it fails loudly. */
    public static String require(String resourcePath) {
        return text(resourcePath).orElseThrow(() -> new IllegalStateException(resourcePath + " is missing from the build"));
    }

    /**
     * The file in the current language when there is one ({@code commands_es.tsv} beside
     * {@code commands.tsv}), else empty. For files translated as a whole rather than key by key.
     */
    public static Optional<String> translation(String folder, String name, String extension) {
        Language language = Texts.language();
        return language == Language.EN ? Optional.empty()
                : text(folder + name + language.bundleSuffix() + "." + extension);
    }
}
