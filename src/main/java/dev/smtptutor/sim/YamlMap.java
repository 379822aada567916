package dev.smtptutor.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a scenario file, read with the line number of every key and value so that
 * each problem is reported as {@code file:line: message}. Unknown and repeated keys are reported
 * when the mapping is opened; typed getters report values of the wrong kind and return empty.
 */
final class YamlMap {

    // 500ms, 2s, 5m, 1h: a whole number and a unit, nothing else.
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    /** Collects the problems of one file, each prefixed with where it is. */
    static final class Problems {
        private final String source;
        private final List<String> lines = new ArrayList<>();

        Problems(String source) {
            this.source = source;
        }

        void add(Node at, String message) {
            add(line(at), message);
        }

        void add(int line, String message) {
            lines.add(source + ":" + line + ": " + message);
        }

        boolean any() {
            return !lines.isEmpty();
        }

        List<String> all() {
            return List.copyOf(lines);
        }
    }

    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(MappingNode node, Problems problems, List<String> allowed) {
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.add(keyNode, "a key must be a plain word, not " + kind(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (!allowed.contains(key)) {
                problems.add(keyNode, "unknown key '" + key + "' "
                        + Suggestions.hint(key, allowed, "(allowed here: " + String.join(", ", allowed) + ")"));
            } else if (entries.containsKey(key)) {
                problems.add(keyNode, "duplicate key '" + key + "' (first on line "
                        + line(entries.get(key).getKeyNode()) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return node instanceof SequenceNode ? "a list" : "'" + ((ScalarNode) node).getValue() + "'";
    }

    int line() {
        return line(node);
    }

    /** A key with nothing after it, e.g. {@code rules:} alone, reads as empty. */
    private static boolean isEmpty(Node value) {
        return value instanceof ScalarNode scalar && scalar.getValue().isEmpty();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The line of a key, or of the mapping when the key is absent. */
    int lineOf(String key) {
        return entries.containsKey(key) ? line(entries.get(key).getKeyNode()) : line();
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The value of a key that must be present; reports "missing key" otherwise. */
    Optional<Node> required(String key) {
        if (!has(key)) {
            problems.add(line(), "missing key '" + key + "'");
        }
        return value(key);
    }

    Optional<String> text(String key) {
        return value(key).flatMap(v -> text(key, v));
    }

    Optional<String> text(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(value, "'" + key + "' must be text, not " + kind(value));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            problems.add(value, "'" + key + "' needs a value");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    Optional<Boolean> bool(String key) {
        return text(key).flatMap(v -> {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(v));
            }
            problems.add(value(key).orElseThrow(), "'" + key + "' must be true or false, not '" + v + "'");
            return Optional.empty();
        });
    }

    Optional<Long> number(String key, long min) {
        return text(key).flatMap(v -> {
            if (v.matches("\\d{1,18}") && Long.parseLong(v) >= min) {
                return Optional.of(Long.parseLong(v));
            }
            problems.add(value(key).orElseThrow(), "'" + key + "' must be a whole number from " + min + " up, not '" + v + "'");
            return Optional.empty();
        });
    }

    Optional<Duration> duration(String key) {
        return text(key).flatMap(v -> {
            Matcher m = DURATION.matcher(v.strip());
            if (!m.matches()) {
                problems.add(value(key).orElseThrow(), "bad duration '" + v + "' for '" + key
                        + "': write a whole number and a unit, like 500ms, 2s, 5m or 1h");
                return Optional.empty();
            }
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
        });
    }

    /** One of a fixed set of words, e.g. {@code vrfy: answer}, mapped to its value. */
    <T> Optional<T> choice(String key, Map<String, T> choices) {
        return text(key).flatMap(v -> {
            T chosen = choices.get(v.toLowerCase(Locale.ROOT));
            if (chosen == null) {
                List<String> names = List.copyOf(choices.keySet());
                problems.add(value(key).orElseThrow(), "unknown value '" + v + "' for '" + key + "' "
                        + Suggestions.hint(v, names, "(one of: " + String.join(", ", names) + ")"));
            }
            return Optional.ofNullable(chosen);
        });
    }

    Optional<YamlMap> map(String key, List<String> allowed) {
        return value(key).flatMap(v -> {
            if (isEmpty(v)) {
                return Optional.of(new YamlMap(new MappingNode(Tag.MAP, false, new ArrayList<>(), v.getStartMark(),
                        v.getEndMark(), DumperOptions.FlowStyle.BLOCK), problems, allowed));
            }
            if (v instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(mapping, problems, allowed));
            }
            problems.add(v, "'" + key + "' must be a mapping of keys to values, not " + kind(v));
            return Optional.empty();
        });
    }

    /** A list; each item is read by {@code item}, which reports its own problems. */
    <T> List<T> list(String key, Function<Node, Optional<T>> item) {
        Optional<Node> value = value(key);
        if (value.isEmpty() || isEmpty(value.get())) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.add(value.get(), "'" + key + "' must be a list (items start with '- '), not " + kind(value.get()));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Node child : sequence.getValue()) {
            item.apply(child).ifPresent(out::add);
        }
        return out;
    }
}
