package dev.smtptutor.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a transcript back. Only lines ended by a newline are data: a last line without one was being
 * written when the server died, and is left alone. A line that is not a valid entry is skipped too.
 */
final class TranscriptReader {

    /** A session of a whole lesson is a few hundred lines; this caps a hostile or broken file. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private TranscriptReader() {}

    static List<Entry> read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES);
        }
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (i > start) {
                try {
                    Entry.fromMap(Json.map(new String(bytes, start, i - start, StandardCharsets.UTF_8)))
                            .ifPresent(entries::add);
                } catch (IOException | RuntimeException broken) {
                    // a damaged line is not data; the rest of the file still is
                }
            }
            start = i + 1;
        }
        return entries;
    }
}
