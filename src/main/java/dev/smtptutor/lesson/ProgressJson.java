package dev.smtptutor.lesson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The progress file's JSON, through jackson-jr: written for a person to read (two-space indentation,
 * {@code "key": value}, short lists on one line, a line end at the end), read into a tree of maps in the
 * file's order, lists, texts, numbers and booleans. A file that is not JSON is one {@link Malformed} with
 * its line.
 */
final class ProgressJson {

    /** A progress file, or data meant as one, that cannot be read; the message says why (and where). */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private static final JSON READABLE = JSON.std.with(readable()).with(JSON.Feature.WRITE_NULL_PROPERTIES);
    private static final JSON READER = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ProgressJson() {}

    private static DefaultPrettyPrinter readable() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(DefaultPrettyPrinter.NopIndenter.instance);
        return printer;
    }

    static String write(Object tree) {
        try {
            return READABLE.asString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("a progress tree held something that is not JSON", e);
        }
    }

    /** One JSON value and nothing after it: maps, lists, texts, numbers, booleans or null. */
    static Object parse(String text) throws Malformed {
        try (JsonParser parser = READER.getStreamingFactory().createParser(text)) {
            if (parser.nextToken() == null) {
                throw new Malformed("line 1: the data ends too early");
            }
            Object value = READER.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new Malformed("line " + parser.currentLocation().getLineNr()
                        + ": unexpected text after the end of the data");
            }
            return value;
        } catch (JsonEOFException e) {
            throw new Malformed("line " + e.getLocation().getLineNr() + ": the data ends too early");
        } catch (JsonParseException e) {
            throw new Malformed("line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new Malformed(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from text", e);
        }
    }
}
