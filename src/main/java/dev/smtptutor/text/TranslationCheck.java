package dev.smtptutor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares every translation with its English file, key by key: what is missing, what is extra, where
 * the placeholders differ or are malformed. Pure: it reads files through the function it is given
 * (the class path in the product, a map of fixtures in tests).
 */
public final class TranslationCheck {

    /** The kinds of finding, in the order a translator fixes them. */
    public enum Kind { MALFORMED, MISSING, EXTRA, PLACEHOLDERS, FORMAT }

    /**
     * One thing to fix.
     *
     * @param file   the file to edit, e.g. "dev/smtptutor/shell/messages_es.properties"
     * @param detail for PLACEHOLDERS, MALFORMED and FORMAT: what differs, in the placeholders' own syntax
     */
    public record Finding(Language language, Kind kind, String file, String key, String detail) {}

    /**
     * A bundle to check: its base name, and whether picocli reads it (then {@code %n}, {@code %%} and
     * {@code ${VARIABLE}} are its placeholders, since picocli formats descriptions with String.format).
     */
    public record Subject(String baseName, boolean picocli, Optional<String> tableKey, List<String> tableColumns) {

        public Subject {
            tableColumns = List.copyOf(tableColumns);
        }

        public Subject(String baseName, boolean picocli, Optional<String> tableKey) {
            this(baseName, picocli, tableKey, List.of());
        }

        /**
         * A line of bundles.list: "dev/smtptutor/cli/help picocli", "dev/smtptutor/explain/commands.tsv
         * command description rfc" (a table translated row by row, keyed by its first column; every
         * translated row must fill the columns named after it) or just a base name.
         */
        static Subject parse(String line) {
            String[] words = line.strip().split("\\s+");
            if (words[0].endsWith(".tsv")) {
                return new Subject(words[0].substring(0, words[0].length() - 4), false, Optional.of(words[1]),
                        List.of(words).subList(2, words.length));
            }
            return new Subject(words[0], words.length > 1 && words[1].equals("picocli"), Optional.empty());
        }

        public static Subject bundle(String baseName) {
            return new Subject(baseName, false, Optional.empty());
        }
    }

    /** picocli's String.format specifiers: only %n and %% are meant in our descriptions. */
    private static final Pattern FORMAT = Pattern.compile("%(.)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");

    private final Function<String, Optional<String>> files;

    public TranslationCheck(Function<String, Optional<String>> files) {
        this.files = files;
    }

    /** The check of the files in the jar. */
    public static TranslationCheck ofClassPath() {
        return new TranslationCheck(Resources::text);
    }

    /** Every bundle the product has, from {@code dev/smtptutor/text/bundles.list}. */
    public List<Subject> subjects() {
        String list = files.apply(BUNDLES).orElseThrow(() -> new IllegalStateException(BUNDLES + " is missing from the build"));
        return list.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(Subject::parse).toList();
    }

    public static final String BUNDLES = "dev/smtptutor/text/bundles.list";

    /** Every finding of every subject in these languages (English is checked for malformed placeholders). */
    public List<Finding> check(List<Subject> subjects, List<Language> languages) {
        List<Finding> findings = new ArrayList<>();
        for (Subject subject : subjects) {
            if (subject.tableKey().isPresent()) {
                checkTable(subject, languages, findings);
                continue;
            }
            String englishFile = subject.baseName() + ".properties";
            Map<String, String> english = PropertiesFile.parse(files.apply(englishFile)
                    .orElseThrow(() -> new IllegalStateException(englishFile + " is missing")));
            malformed(Language.EN, englishFile, english, subject, findings);
            for (Language language : languages) {
                if (language == Language.EN) {
                    continue;
                }
                String file = subject.baseName() + language.bundleSuffix() + ".properties";
                Map<String, String> translated = files.apply(file).map(PropertiesFile::parse).orElse(Map.of());
                compare(language, file, english, translated, subject, findings);
            }
        }
        return findings;
    }

    /**
     * A table translated row by row: every English row's key should have a row, and no other key; each
     * row fills every column the subject names ("EHLO/rfc" is missing when its rfc cell is absent or blank).
     */
    private void checkTable(Subject subject, List<Language> languages, List<Finding> findings) {
        String englishFile = subject.baseName() + ".tsv";
        Set<String> english = Table.read(files.apply(englishFile)
                .orElseThrow(() -> new IllegalStateException(englishFile + " is missing")), subject.tableKey().get(),
                List.of()).keys();
        for (Language language : languages) {
            if (language == Language.EN) {
                continue;
            }
            String file = subject.baseName() + language.bundleSuffix() + ".tsv";
            Table translated = files.apply(file)
                    .map(t -> Table.read(t, subject.tableKey().get(), subject.tableColumns()))
                    .orElse(new Table(Set.of(), List.of()));
            english.stream().filter(k -> !translated.keys().contains(k))
                    .forEach(k -> findings.add(new Finding(language, Kind.MISSING, file, k, "")));
            translated.unfilled().stream().filter(cell -> english.contains(cell.substring(0, cell.lastIndexOf('/'))))
                    .forEach(cell -> findings.add(new Finding(language, Kind.MISSING, file, cell, "")));
            translated.keys().stream().filter(k -> !english.contains(k))
                    .forEach(k -> findings.add(new Finding(language, Kind.EXTRA, file, k, "")));
        }
    }

    /**
     * What a check needs of a tab-separated table (lines starting with # are notes): the key column's
     * values, and "KEY/COLUMN" for each row whose cell in a required column is absent or blank.
     */
    private record Table(Set<String> keys, List<String> unfilled) {

        static Table read(String text, String keyColumn, List<String> required) {
            Set<String> keys = new TreeSet<>();
            List<String> unfilled = new ArrayList<>();
            List<String> header = null;
            int column = -1;
            for (String line : text.split("\\r?\\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\\t", -1));
                if (header == null) {
                    header = cells;
                    column = cells.indexOf(keyColumn);
                    if (column < 0) {
                        return new Table(keys, unfilled);
                    }
                    continue;
                }
                if (column < cells.size()) {
                    String key = cells.get(column);
                    keys.add(key);
                    for (String wanted : required) {
                        int at = header.indexOf(wanted);
                        if (at < 0 || at >= cells.size() || cells.get(at).isBlank()) {
                            unfilled.add(key + "/" + wanted);
                        }
                    }
                }
            }
            return new Table(keys, unfilled);
        }
    }

    private static void compare(Language language, String file, Map<String, String> english,
                                Map<String, String> translated, Subject subject, List<Finding> findings) {
        for (String key : new TreeSet<>(english.keySet())) {
            if (!translated.containsKey(key)) {
                findings.add(new Finding(language, Kind.MISSING, file, key, ""));
            }
        }
        for (String key : new TreeSet<>(translated.keySet())) {
            if (!english.containsKey(key)) {
                findings.add(new Finding(language, Kind.EXTRA, file, key, ""));
                continue;
            }
            Set<String> ours = Placeholders.names(english.get(key));
            Set<String> theirs = Placeholders.names(translated.get(key));
            if (!subject.picocli() && !new TreeSet<>(ours).equals(new TreeSet<>(theirs))) {
                findings.add(new Finding(language, Kind.PLACEHOLDERS, file, key,
                        braces(ours) + " / " + braces(theirs)));
            }
            if (subject.picocli() && !formats(english.get(key)).equals(formats(translated.get(key)))) {
                findings.add(new Finding(language, Kind.FORMAT, file, key,
                        formats(english.get(key)) + " / " + formats(translated.get(key))));
            }
        }
        malformed(language, file, translated, subject, findings);
    }

    private static void malformed(Language language, String file, Map<String, String> texts, Subject subject,
                                  List<Finding> findings) {
        for (String key : new TreeSet<>(texts.keySet())) {
            String text = texts.get(key);
            List<String> problems = subject.picocli() ? List.of() : Placeholders.problems(text);
            if (!problems.isEmpty()) {
                findings.add(new Finding(language, Kind.MALFORMED, file, key, String.join("; ", problems)));
            }
            if (subject.picocli()) {
                Matcher m = FORMAT.matcher(text);
                while (m.find()) {
                    if (m.group(1).equals("%")) {
                        continue;
                    }
                    if (!m.group(1).equals("n")) {
                        findings.add(new Finding(language, Kind.MALFORMED, file, key,
                                "'" + m.group() + "' (picocli formats this text: write %% for a percent sign)"));
                    }
                }
            }
        }
    }

    /** The %n and ${...} of a picocli text, in order; %% counts as text. */
    private static List<String> formats(String text) {
        List<String> out = new ArrayList<>();
        Matcher v = VARIABLE.matcher(text);
        while (v.find()) {
            out.add(v.group());
        }
        Matcher f = FORMAT.matcher(text.replace("%%", ""));
        while (f.find()) {
            out.add(f.group());
        }
        return out;
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "-" : String.join(" ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
