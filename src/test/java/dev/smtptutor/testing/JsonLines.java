package dev.smtptutor.testing;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reads one line of the JSON the tutor prints, with the project's one JSON library. */
public final class JsonLines {

    private JsonLines() {}

    public static Map<String, Object> object(String line) {
        try {
            return JSON.std.mapFrom(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON object: " + line, e);
        }
    }
}
