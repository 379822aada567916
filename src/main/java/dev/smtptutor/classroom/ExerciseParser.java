package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlFile;
import dev.smtptutor.files.YamlMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an exercise file ({@code NN-slug.yaml}) into an {@link Exercise} through the project's one YAML
 * reader, reporting every mistake as {@code file:line: message} in one pass, as lessons and scenarios are.
 */
public final class ExerciseParser {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.yaml");
    private static final Set<String> TOP = Set.of("format_version", "title", "task", "criteria");
    private static final List<String> CHECKS = List.of("sender", "recipient", "header", "body", "tls", "auth", "order",
            "no-5xx", "dsn", "bdat", "retry-after", "size-declared");
    private static final int MAX_BYTES = 64 * 1024;

    private ExerciseParser() {}

    public static Exercise parse(String shownAs, String fileName, String text) throws ClassroomException {
        return parseWithLines(shownAs, fileName, text).exercise();
    }

    /** An exercise and the line each of its criteria starts on (for what a translation changed). */
    record Parsed(Exercise exercise, List<Integer> criterionLines) {}

    static Parsed parseWithLines(String shownAs, String fileName, String text) throws ClassroomException {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.file-name")));
        }
        if (text.length() > MAX_BYTES) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.too-big", "max", MAX_BYTES)));
        }
        FileProblems problems = new FileProblems(shownAs);
        Optional<Node> root = YamlFile.read(text, problems);
        if (problems.any()) {
            throw new ClassroomException(problems.lines());
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.not-a-mapping")));
        }
        YamlMap fields = new YamlMap(top, TOP, problems);
        String title = fields.text("title", true).orElse("");
        String task = fields.text("task", true).orElse("");
        fields.text("format_version").filter(v -> !v.equals("1"))
                .ifPresent(v -> fields.problem("format_version", Words.get("exercise.version", "value", v)));
        List<Integer> lines = new ArrayList<>();
        List<Exercise.Criterion> criteria = fields.nonEmptyList("criteria", item -> {
            Optional<Exercise.Criterion> criterion = criterion(item, problems);
            criterion.ifPresent(c -> lines.add(YamlMap.line(item)));
            return criterion;
        });
        if (problems.any()) {
            throw new ClassroomException(problems.lines());
        }
        return new Parsed(new Exercise(Integer.parseInt(name.group(1)), name.group(2), title.strip(), task, criteria),
                lines);
    }

    private static Optional<Exercise.Criterion> criterion(Node item, FileProblems problems) {
        if (!(item instanceof MappingNode map)) {
            problems.add(item, Words.get("exercise.criterion-mapping"));
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(CHECKS);
        allowed.add("points");
        int before = problems.count();
        YamlMap fields = new YamlMap(map, allowed, problems);
        List<String> kinds = CHECKS.stream().filter(fields::has).toList();
        if (kinds.size() != 1) {
            if (problems.count() == before) {
                problems.add(map, Words.get("exercise.one-check", "checks", String.join(", ", CHECKS)));
            }
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Optional<String> value = fields.text(kind, true).map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal points = BigDecimal.ONE;
        Optional<String> written = fields.text("points");
        if (written.isPresent()) {
            try {
                points = new BigDecimal(written.get().strip());
                if (points.signum() < 0 || points.scale() > 2) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                fields.problem("points", Words.get("exercise.points"));
                return Optional.empty();
            }
        }
        Optional<Check> check = check(kind, value.get());
        if (check.isEmpty()) {
            fields.problem(kind, Words.get("exercise.bad-value." + kind, "value", UntrustedText.visible(value.get())));
            return Optional.empty();
        }
        return Optional.of(new Exercise.Criterion(check.get(), points));
    }

    private static boolean yes(String value) {
        return value.equals("true") || value.equals("yes");
    }

    private static Optional<Check> check(String kind, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return switch (kind) {
            case "sender" -> value.equals("own") || value.contains("@") ? Optional.of(new Check.Sender(value)) : Optional.empty();
            case "recipient" -> value.contains("@") ? Optional.of(new Check.Recipient(value)) : Optional.empty();
            case "header" -> value.matches("[!-9;-~]+") ? Optional.of(new Check.Header(value)) : Optional.empty();
            case "body" -> value.isEmpty() ? Optional.empty() : Optional.of(new Check.Body(value));
            case "tls" -> yes(value) ? Optional.of(new Check.Tls()) : Optional.empty();
            case "auth" -> value.equals("any") || Set.of("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2").contains(upper)
                    ? Optional.of(new Check.Auth(value.equals("any") ? "any" : upper)) : Optional.empty();
            case "order" -> Check.Order.RULES.contains(value) ? Optional.of(new Check.Order(value)) : Optional.empty();
            case "no-5xx" -> yes(value) ? Optional.of(new Check.NoPermanentError()) : Optional.empty();
            case "dsn" -> Check.Dsn.PARAMETERS.contains(upper) ? Optional.of(new Check.Dsn(upper)) : Optional.empty();
            case "bdat" -> yes(value) ? Optional.of(new Check.Bdat()) : Optional.empty();
            case "retry-after" -> value.matches("4[0-9][0-9]") ? Optional.of(new Check.Retry(Integer.parseInt(value)))
                    : Optional.empty();
            case "size-declared" -> yes(value) ? Optional.of(new Check.SizeDeclared()) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
