package dev.smtptutor.classroom;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Map;

/** The classroom's JSON, through the project's one JSON library (jackson-jr): trees of maps and lists. */
final class Json {

    private static final JSON COMPACT = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JSON PRETTY = COMPACT.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private Json() {}

    static String compact(Object tree) throws IOException {
        return COMPACT.asString(tree);
    }

    static String pretty(Object tree) throws IOException {
        return PRETTY.asString(tree);
    }

    static Map<String, Object> map(String text) throws IOException {
        return COMPACT.mapFrom(text);
    }
}
