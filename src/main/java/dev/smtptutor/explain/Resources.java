package dev.smtptutor.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the knowledge files that ship in the jar beside these classes. */
final class Resources {

    static final String FOLDER = "/dev/smtptutor/explain/";

    private Resources() {}

    /** The whole file as UTF-8 text; a missing file is a packaging bug, so it fails loudly. */
    static String text(String fileName) {
        try (InputStream in = Resources.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file " + FOLDER + fileName + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + FOLDER + fileName, e);
        }
    }
}
