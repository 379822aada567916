package dev.smtptutor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * The terminfo entries JLine ships for the common terminals (xterm, xterm-256color, screen, rxvt...),
 * read and parsed the way JLine's {@code InfoCmp.parseInfoCmp} does, with the same result, at a
 * fraction of its cost: JLine re-reads its table of capability names through a stream and compiles its
 * pattern again for every line of the entry, which was a tenth of the CPU a terminal start spent before
 * the first prompt. {@code ShippedTerminfoTest} checks every shipped entry against JLine's own parse.
 */
final class ShippedTerminfo {

    /** The entries in JLine's jar, as {@code InfoCmp} lists them; "dumb" ones are JLine's dumb terminal's. */
    private static final Set<String> SHIPPED = Set.of("ansi", "xterm", "xterm-256color", "screen", "screen-256color",
            "rxvt-unicode", "rxvt-unicode-256color", "rxvt-basic", "rxvt", "windows", "windows-256color",
            "windows-conemu", "windows-vtp");

    private ShippedTerminfo() {}

    /** Entries read so far: the terminal's is asked for twice at each start. */
    private static final Map<String, String> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The terminfo source JLine ships for this TERM; empty for any other (TERM comes from the environment). */
    static Optional<String> entry(String type) {
        if (type == null || !SHIPPED.contains(type)) {
            return Optional.empty();
        }
        String source = READ.get(type);
        if (source == null) {
            source = resource(type + ".caps");
            READ.put(type, source);
        }
        return Optional.of(source);
    }

    /** An entry's three tables, parsed once per terminal type. */
    private record Parsed(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {}

    private static final Map<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Fills the three tables from the entry JLine ships for this TERM (which must be shipped), parsing it
     * the first time; a thread that prepares the start parses it ahead ({@link #prepare}).
     */
    static void fill(String type, Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        // Not computeIfAbsent with a lambda: this is the terminal thread's first call of one (linking it is
        // milliseconds then). Two threads may both parse an entry; either result is kept.
        Parsed parsed = PARSED.get(type);
        if (parsed == null) {
            Set<Capability> b = new java.util.HashSet<>();
            Map<Capability, Integer> i = new HashMap<>();
            Map<Capability, String> s = new HashMap<>();
            parse(entry(type).orElseThrow(), b, i, s);
            parsed = new Parsed(b, i, s);
            PARSED.putIfAbsent(type, parsed);
        }
        bools.addAll(parsed.bools());
        ints.putAll(parsed.ints());
        strings.putAll(parsed.strings());
    }

    /** Reads and parses this TERM's entry now, when JLine ships one (for a thread that prepares the start). */
    static void prepare(String type) {
        if (entry(type).isPresent()) {
            fill(type, new java.util.HashSet<>(), new HashMap<>(), new HashMap<>());
        }
    }

    /** Fills the three tables from a terminfo source, as {@code InfoCmp.parseInfoCmp} does. */
    static void parse(String source, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        Map<String, Capability> byName = NamesHolder.BY_NAME;
        String[] lines = source.split("\n");
        for (int i = 1; i < lines.length; i++) { // the first line is the entry's name (or a comment), as in JLine
            for (String cap : capabilities(lines[i])) {
                int hash = cap.indexOf('#');
                int equals = cap.indexOf('=');
                if (hash >= 0) {
                    Capability c = byName.get(cap.substring(0, hash));
                    if (c != null) {
                        ints.put(c, number(cap.substring(hash + 1)));
                    }
                } else if (equals >= 0) {
                    Capability c = byName.get(cap.substring(0, equals));
                    if (c != null) {
                        strings.put(c, cap.substring(equals + 1));
                    }
                } else {
                    Capability c = byName.get(cap);
                    if (c != null) {
                        bools.add(c);
                    }
                }
            }
        }
    }

    /**
     * The capabilities of one line, as JLine's pattern {@code \s*(([^,]|\\,)+)\s*[,$]} finds them: each
     * item runs from its first non-blank character to the next comma (blanks before the comma kept); a
     * last item without a comma ends at its last '$'. Written out: the pattern's matching was most of the
     * parse's time.
     */
    static java.util.List<String> capabilities(String line) {
        java.util.List<String> found = new java.util.ArrayList<>();
        int at = 0;
        while (at < line.length()) {
            int start = at;
            while (start < line.length() && dev.smtptutor.text.Words.isBlank(line.charAt(start))) { // its \s
                start++;
            }
            int comma = line.indexOf(',', start);
            int end = comma >= 0 ? comma : line.lastIndexOf('$');
            if (end < start) {
                break;
            }
            if (end == start) {
                // Nothing between the blanks and the comma: the pattern takes the last blank as the item.
                if (start > at) {
                    found.add(line.substring(start - 1, start));
                }
                at = end + 1;
                continue;
            }
            found.add(line.substring(start, end));
            at = end + 1;
        }
        return found;
    }

    /** A terminfo number: decimal, 0x hexadecimal or 0-led octal, as JLine reads it. */
    private static int number(String value) {
        if (value.equals("0")) {
            return 0;
        }
        if (value.startsWith("0x")) {
            return Integer.parseInt(value.substring(2), 16);
        }
        if (value.startsWith("0")) {
            return Integer.parseInt(value.substring(1), 8);
        }
        return Integer.parseInt(value);
    }

    /** Capability names, long and terminfo short ("auto_left_margin" and "bw"), from JLine's table; read once. */
    private static final class NamesHolder {
        static final Map<String, Capability> BY_NAME = read();

        private static Map<String, Capability> read() {
            // By name from values(), not Capability.valueOf: that builds the enum's own table by reflection.
            Map<String, Capability> byLongName = new HashMap<>();
            for (Capability capability : Capability.values()) {
                byLongName.put(capability.name(), capability);
            }
            Map<String, Capability> names = new HashMap<>(byLongName);
            for (String line : resource("capabilities.txt").split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int first = entry.indexOf(", ");
                int second = entry.indexOf(", ", first + 2);
                String name = entry.substring(0, first);
                Capability capability = byLongName.get(name);
                if (capability == null) {
                    throw new IllegalArgumentException("No enum constant " + Capability.class.getCanonicalName() + "." + name);
                }
                names.put(entry.substring(first + 2, second < 0 ? entry.length() : second), capability);
            }
            return names;
        }
    }

    /** One of JLine's files beside InfoCmp, read from JLine's jar directly. */
    private static String resource(String name) {
        try (InputStream in = dev.smtptutor.text.Resources.openFromJarOf(InfoCmp.class, "org/jline/utils/" + name)) {
            if (in == null) {
                throw new IllegalStateException("JLine's " + name + " is missing from its jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
