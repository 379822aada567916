package dev.smtptutor.classroom;

import dev.smtptutor.protocol.Spelling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads an exercise file ({@code NN-slug.yaml}) into an {@link Exercise}, reporting every mistake as
 * {@code file:line: message} in one pass, as the lesson loader does. (Moves onto the project's shared
 * YAML reader when it lands.)
 */
public final class ExerciseParser {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.yaml");
    private static final Set<String> TOP = Set.of("format_version", "title", "task", "criteria");
    private static final List<String> CHECKS = List.of("sender", "recipient", "header", "body", "tls", "auth", "order",
            "no-5xx", "dsn", "bdat", "retry-after", "size-declared");
    private static final int MAX_BYTES = 64 * 1024;

    private ExerciseParser() {}

    public static Exercise parse(String shownAs, String fileName, String text) throws ClassroomException {
        List<String> problems = new ArrayList<>();
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.file-name")));
        }
        if (text.length() > MAX_BYTES) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.too-big", "max", MAX_BYTES)));
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported below, with both lines
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ClassroomException(List.of(shownAs + ":" + (e.getProblemMark().getLine() + 1) + ": "
                    + Words.get("exercise.yaml", "why", e.getProblem())));
        } catch (RuntimeException e) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.yaml", "why", e.getMessage())));
        }
        if (!(root instanceof MappingNode top)) {
            throw new ClassroomException(List.of(shownAs + ":1: " + Words.get("exercise.not-a-mapping")));
        }
        Map<String, Node> fields = keys(top, TOP, shownAs, problems);
        String title = scalar(fields, "title", top, shownAs, problems).orElse("");
        String task = scalar(fields, "task", top, shownAs, problems).orElse("");
        scalar(fields, "format_version", top, shownAs, problems).filter(v -> !v.equals("1"))
                .ifPresent(v -> problems.add(at(shownAs, fields.get("format_version")) + Words.get("exercise.version", "value", v)));
        List<Exercise.Criterion> criteria = new ArrayList<>();
        Node list = fields.get("criteria");
        if (list == null) {
            problems.add(at(shownAs, top) + Words.get("exercise.missing", "key", "criteria"));
        } else if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(at(shownAs, list) + Words.get("exercise.criteria-list"));
        } else {
            for (Node item : sequence.getValue()) {
                criterion(item, shownAs, problems).ifPresent(criteria::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new ClassroomException(problems);
        }
        return new Exercise(Integer.parseInt(name.group(1)), name.group(2), title, task, criteria);
    }

    private static Optional<Exercise.Criterion> criterion(Node item, String file, List<String> problems) {
        if (!(item instanceof MappingNode map)) {
            problems.add(at(file, item) + Words.get("exercise.criterion-mapping"));
            return Optional.empty();
        }
        Set<String> allowed = new java.util.HashSet<>(CHECKS);
        allowed.add("points");
        Map<String, Node> fields = keys(map, allowed, file, problems);
        List<String> kinds = fields.keySet().stream().filter(CHECKS::contains).toList();
        if (kinds.size() != 1) {
            problems.add(at(file, map) + Words.get("exercise.one-check", "checks", String.join(", ", CHECKS)));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Node valueNode = fields.get(kind);
        if (!(valueNode instanceof ScalarNode scalar)) {
            problems.add(at(file, valueNode) + Words.get("exercise.scalar", "key", kind));
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        BigDecimal points = BigDecimal.ONE;
        if (fields.containsKey("points")) {
            Node p = fields.get("points");
            try {
                points = new BigDecimal(((ScalarNode) p).getValue().strip());
                if (points.signum() < 0 || points.scale() > 2) {
                    throw new NumberFormatException();
                }
            } catch (RuntimeException e) {
                problems.add(at(file, p) + Words.get("exercise.points"));
                return Optional.empty();
            }
        }
        Optional<Check> check = check(kind, value);
        if (check.isEmpty()) {
            problems.add(at(file, valueNode) + Words.get("exercise.bad-value." + kind, "value", Shown.escaped(value)));
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

    private static Map<String, Node> keys(MappingNode map, Set<String> allowed, String file, List<String> problems) {
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(at(file, tuple.getKeyNode()) + Words.get("exercise.key-word"));
                continue;
            }
            String name = key.getValue();
            if (lines.containsKey(name)) {
                problems.add(at(file, key) + Words.get("exercise.duplicate", "key", name, "line", lines.get(name)));
            } else if (!allowed.contains(name)) {
                problems.add(at(file, key) + Words.get("exercise.unknown", "key", Shown.escaped(name))
                        + Spelling.suggestion(name, allowed));
            } else {
                out.put(name, tuple.getValueNode());
                lines.put(name, line(key));
            }
        }
        return out;
    }

    private static Optional<String> scalar(Map<String, Node> fields, String key, Node parent, String file,
                                           List<String> problems) {
        Node node = fields.get(key);
        if (node == null) {
            if (!key.equals("format_version")) {
                problems.add(at(file, parent) + Words.get("exercise.missing", "key", key));
            }
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(at(file, node) + Words.get("exercise.scalar", "key", key));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static String at(String file, Node node) {
        return file + ":" + line(node) + ": ";
    }
}
