package dev.smtptutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of docs/architecture.md holds: no class under src/main/java imports or names a
 * package of ours outside its row. The table is read from the document itself, so the map a
 * maintainer reads and the rule the build checks are one.
 */
class ArchitectureTest {

    private static final Path DOC = Path.of("docs", "architecture.md");
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "smtptutor");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|[^|]*\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([a-z]+)`");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.smtptutor\\.([a-z]+)\\b");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");

    /** Package to the packages of ours it may import, from the document's table. */
    static Map<String, Set<String>> table(List<String> lines) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> allowed = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    allowed.add(name.group(1));
                }
                rows.put(row.group(1), allowed);
            }
        }
        return rows;
    }

    /** The packages of ours one source file refers to, outside comments and string literals. */
    static Set<String> references(List<String> lines) {
        Set<String> out = new TreeSet<>();
        boolean inComment = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (inComment) {
                int end = line.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                line = line.substring(end + 2);
                inComment = false;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            int slashes = line.indexOf("//");
            String code = STRING.matcher(slashes >= 0 && !line.startsWith("\"") ? line.substring(0, slashes) : line)
                    .replaceAll("\"\"");
            Matcher reference = REFERENCE.matcher(code);
            while (reference.find()) {
                out.add(reference.group(1));
            }
        }
        return out;
    }

    /** Every breach of the table, as {@code package/File.java imports other}. */
    static List<String> violations(Map<String, Set<String>> table, Map<String, List<String>> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach((file, lines) -> {
            String own = file.substring(0, file.indexOf('/'));
            if (!table.containsKey(own)) {
                out.add(file + " is in package '" + own + "', which has no row in docs/architecture.md");
                return;
            }
            for (String used : references(lines)) {
                if (!used.equals(own) && !table.get(own).contains(used)) {
                    out.add(file + " imports " + used + " (" + own + " may import only " + table.get(own) + ")");
                }
            }
        });
        return out;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> sources() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> {
                String relative = SOURCES.relativize(f).toString().replace('\\', '/');
                out.put(relative.contains("/") ? relative : "(root)/" + relative, read(f));
            });
        }
        return out;
    }

    @Test
    void theDocumentHasARowForEveryPackageOfTheDesign() {
        assertEquals(List.of("protocol", "text", "files", "sim", "client", "explain", "lesson", "mail", "classroom",
                "web", "shell", "cli"), List.copyOf(table(read(DOC)).keySet()));
        assertEquals(Set.of(), table(read(DOC)).get("protocol"), "protocol is pure: nothing of ours");
    }

    @Test
    void everyPackageStaysWithinItsRow() throws IOException {
        Map<String, List<String>> sources = sources();
        assertTrue(sources.size() > 100, "the sources were found: " + sources.size());
        assertEquals(List.of(), violations(table(read(DOC)), sources));
    }

    @Test
    void anImportOutsideTheRowIsReported() {
        Map<String, Set<String>> table = table(List.of(
                "| `sim` | the simulator | `protocol` |",
                "| `lesson` | lessons | `protocol`, `explain` |"));
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put("lesson/LessonRunner.java", List.of("package dev.smtptutor.lesson;",
                "import dev.smtptutor.sim.MailStore;", "import dev.smtptutor.protocol.Exchange;"));
        sources.put("lesson/Fine.java", List.of("/** See {@link dev.smtptutor.sim.MailStore}. */",
                "class Fine { String s = \"dev.smtptutor.sim.x\"; // dev.smtptutor.sim too", "}"));
        sources.put("sim/Named.java", List.of("class Named { dev.smtptutor.lesson.Step step; }"));
        sources.put("web/Page.java", List.of("class Page {}"));
        assertEquals(List.of(
                "lesson/LessonRunner.java imports sim (lesson may import only [explain, protocol])",
                "sim/Named.java imports lesson (sim may import only [protocol])",
                "web/Page.java is in package 'web', which has no row in docs/architecture.md"),
                violations(table, sources));
    }
}
