package dev.smtptutor.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a UTF-8 {@code .properties} file, with exactly {@link java.util.Properties#load(java.io.Reader)}'s
 * syntax and result.
 *
 * <p>Why not {@code Properties.load} itself: before the first prompt the shell reads files of some 24 KB
 * (its messages, the reply explanations) for the dozen texts its first screen shows, and the JDK's reader
 * decodes, copies and converts every character of every text, interpreted, since nothing is compiled yet
 * that early: some milliseconds per file, more in Chinese. This reader finds each line's key in the
 * file's bytes (every character that matters to the syntax is ASCII, and no byte of a multi-byte UTF-8
 * character is one) and decodes a text only when it is first asked for. A line with a backslash (an
 * escape, or a continuation onto the next line) is rare and is read at once, character by character, the
 * way {@code Properties} reads it. {@code PropertiesFileTest} holds the result equal to
 * {@code Properties.load} on every file the tutor ships and on generated ones.
 */
final class PropertiesFile {

    private PropertiesFile() {}

    /**
     * The file's texts as written (trailing blanks are kept: a prompt ends in one); empty when there
     * is no such file.
     */
    static Optional<Map<String, String>> read(String resourcePath) {
        Optional<byte[]> bytes = Resources.bytes(resourcePath);
        return bytes.isPresent() ? Optional.of(parse(bytes.get())) : Optional.empty();
    }

    static Map<String, String> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The texts of a file's UTF-8 bytes; an unmodifiable map. */
    static Map<String, String> parse(byte[] file) {
        return new Parse(file).texts();
    }

    /** One pass over a file: each logical line's key, and where its text is. */
    private static final class Parse {
        private final byte[] file;
        // The file as ISO-8859-1 text: one char per byte, made by a plain copy, searched with indexOf.
        private final String bytes;
        private final Map<String, Integer> slots = new HashMap<>();
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private String[] decoded = new String[64];
        private int count;
        private int nextBackslash;
        private int nextReturn;

        Parse(byte[] file) {
            this.file = file;
            this.bytes = new String(file, StandardCharsets.ISO_8859_1);
            this.nextBackslash = bytes.indexOf('\\');
            this.nextReturn = bytes.indexOf('\r');
        }

        Map<String, String> texts() {
            int n = file.length;
            int at = 0;
            while (true) {
                at = skipBlanksAndNewlines(at);
                if (at >= n) {
                    break;
                }
                byte first = file[at];
                if (first == '#' || first == '!') {
                    at = lineEnd(at);
                    continue;
                }
                int end = lineEnd(at);
                if (nextBackslash >= 0 && nextBackslash < at) {
                    nextBackslash = bytes.indexOf('\\', at);
                }
                if (nextBackslash >= 0 && nextBackslash < end) {
                    at = readEscapedLine(at);
                } else {
                    simpleLine(at, end);
                    at = end;
                }
            }
            return new Texts(file, slots, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                    Arrays.copyOf(decoded, count));
        }

        private int skipBlanksAndNewlines(int at) {
            int n = file.length;
            while (at < n) {
                byte b = file[at];
                if (b != ' ' && b != '\t' && b != '\f' && b != '\r' && b != '\n') {
                    break;
                }
                at++;
            }
            return at;
        }

        /** Where the natural line that holds {@code at} ends: its first CR or LF, or the file's end. */
        private int lineEnd(int at) {
            if (nextReturn >= 0 && nextReturn < at) {
                nextReturn = bytes.indexOf('\r', at);
            }
            int newline = bytes.indexOf('\n', at);
            int end = newline < 0 ? file.length : newline;
            return nextReturn >= 0 && nextReturn < end ? nextReturn : end;
        }

        /**
         * A line without a backslash: its key ends at the first '=', ':' or blank; then blanks and at most
         * one '=' or ':' are skipped, and the rest is the text, decoded when first asked for.
         */
        private void simpleLine(int start, int end) {
            int keyEnd = start;
            int valueStart = end;
            boolean separator = false;
            while (keyEnd < end) {
                byte b = file[keyEnd];
                if (b == '=' || b == ':') {
                    valueStart = keyEnd + 1;
                    separator = true;
                    break;
                }
                if (b == ' ' || b == '\t' || b == '\f') {
                    valueStart = keyEnd + 1;
                    break;
                }
                keyEnd++;
            }
            while (valueStart < end) {
                byte b = file[valueStart];
                if (b != ' ' && b != '\t' && b != '\f') {
                    if (!separator && (b == '=' || b == ':')) {
                        separator = true;
                    } else {
                        break;
                    }
                }
                valueStart++;
            }
            add(new String(file, start, keyEnd - start, StandardCharsets.UTF_8), valueStart, end, null);
        }

        /**
         * A logical line that has a backslash, read whole: a line ending in an odd number of backslashes
         * goes on after the next line break, whose following blanks are dropped; then its key and text
         * are split and unescaped by {@link java.util.Properties}'s rules, using its own reader on this
         * one line. Returns where the next line starts.
         */
        private int readEscapedLine(int start) {
            int n = file.length;
            byte[] line = new byte[64];
            int length = 0;
            boolean oddBackslashes = false;
            int at = start;
            while (true) {
                if (at >= n) {
                    if (oddBackslashes) {
                        length--;  // a backslash at the end of the file is not part of the line
                    }
                    break;
                }
                byte b = file[at];
                if (b != '\n' && b != '\r') {
                    if (length == line.length) {
                        line = Arrays.copyOf(line, length * 2);
                    }
                    line[length++] = b;
                    oddBackslashes = b == '\\' && !oddBackslashes;
                    at++;
                    continue;
                }
                if (at + 1 >= n) {
                    // The line break is the file's last byte: the JDK ends the line there, backslash dropped.
                    if (oddBackslashes) {
                        length--;
                    }
                    at = n;
                    break;
                }
                if (!oddBackslashes) {
                    break;
                }
                // The line goes on: the backslash goes, and so do the line break and the blanks after it.
                length--;
                oddBackslashes = false;
                at++;
                if (b == '\r' && file[at] == '\n') {
                    at++;
                }
                if (length == 0) {
                    return at;  // nothing yet: what follows is read as a new line (a comment, maybe)
                }
                while (at < n && (file[at] == ' ' || file[at] == '\t' || file[at] == '\f')) {
                    at++;
                }
            }
            OneLine one = new OneLine(new String(line, 0, length, StandardCharsets.UTF_8));
            add(one.key, -1, -1, one.value);
            return at;
        }

        private void add(String key, int valueStart, int valueEnd, String value) {
            Integer slot = slots.get(key);
            if (slot == null) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    decoded = Arrays.copyOf(decoded, count * 2);
                }
                slot = count++;
                slots.put(key, slot);
            }
            starts[slot] = valueStart;
            ends[slot] = valueEnd;
            decoded[slot] = value;
        }
    }

    /**
     * One logical line (no line break left in it, no odd backslash at its end) split and unescaped by
     * {@link java.util.Properties} itself: escapes are rare, and theirs are the rules to keep.
     */
    private static final class OneLine {
        final String key;
        final String value;

        OneLine(String logicalLine) {
            java.util.Properties properties = new java.util.Properties();
            try {
                properties.load(new StringReader(logicalLine));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (properties.isEmpty()) {
                // Nothing but a backslash the JDK dropped: it reads that as an empty key with an empty text.
                key = "";
                value = "";
            } else {
                key = properties.stringPropertyNames().iterator().next();
                value = properties.getProperty(key);
            }
        }
    }

    /** The texts of one file; each decoded from the file's bytes the first time it is asked for. */
    private static final class Texts extends AbstractMap<String, String> {
        private final byte[] file;
        private final Map<String, Integer> slots;
        private final int[] starts;
        private final int[] ends;
        // Filled on first use; a String is immutable, so two threads that decode one text at once
        // each store an equal one, and either may be kept.
        private final String[] decoded;

        Texts(byte[] file, Map<String, Integer> slots, int[] starts, int[] ends, String[] decoded) {
            this.file = file;
            this.slots = slots;
            this.starts = starts;
            this.ends = ends;
            this.decoded = decoded;
        }

        @Override
        public String get(Object key) {
            Integer slot = slots.get(key);
            return slot == null ? null : text(slot);
        }

        private String text(int slot) {
            String text = decoded[slot];
            if (text == null) {
                text = new String(file, starts[slot], ends[slot] - starts[slot], StandardCharsets.UTF_8);
                decoded[slot] = text;
            }
            return text;
        }

        @Override
        public boolean containsKey(Object key) {
            return slots.containsKey(key);
        }

        @Override
        public int size() {
            return slots.size();
        }

        @Override
        public Set<String> keySet() {
            return Collections.unmodifiableSet(slots.keySet());
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    Iterator<Entry<String, Integer>> each = slots.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return each.hasNext();
                        }

                        @Override
                        public Entry<String, String> next() {
                            Entry<String, Integer> slot = each.next();
                            return new SimpleImmutableEntry<>(slot.getKey(), text(slot.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return slots.size();
                }
            };
        }
    }
}
