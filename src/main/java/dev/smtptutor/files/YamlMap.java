package dev.smtptutor.files;

import dev.smtptutor.text.Spelling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
 * One YAML mapping of a project file (a lesson, a scenario, an exercise), read with the line of every
 * key and value, so that each problem is reported as {@code file:line: message} in the same words in
 * every file. Unknown and repeated keys are reported when the mapping is opened; the typed getters report
 * a missing key or a value of the wrong kind and return empty. Reading goes on after a mistake, so one
 * pass finds them all.
 *
 * <p>One rule for each kind of value: a text is any scalar but an empty one; a boolean is {@code true} or
 * {@code false} (YAML 1.1's yes/no/on/off are refused, since a reader cannot tell them from words); a
 * number is a whole number written in digits.
 */
public final class YamlMap {

    // 500ms, 2s, 5m, 1h: a whole number and a unit, nothing else.
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private final MappingNode node;
    private final FileProblems problems;
    private final String where;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /** A mapping whose problems need no place beyond their line. */
    public YamlMap(MappingNode node, Collection<String> allowed, FileProblems problems) {
        this(node, allowed, problems, "");
    }

    /**
     * @param where said after "missing key 'x'", e.g. {@code " in step 'ehlo'"}, so that the author finds
     *              the place when the line is the mapping's first; or empty
     */
    public YamlMap(MappingNode node, Collection<String> allowed, FileProblems problems, String where) {
        this.node = node;
        this.problems = problems;
        this.where = where;
        List<String> keys = List.copyOf(allowed);
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.add(keyNode, ProblemWords.get("key.not-a-word", kind(keyNode)));
                continue;
            }
            String key = scalar.getValue();
            if (!keys.contains(key)) {
                problems.add(keyNode, ProblemWords.get("key.unknown", key,
                        hint(key, keys, ProblemWords.get("key.allowed", String.join(", ", keys)))));
            } else if (entries.containsKey(key)) {
                problems.add(keyNode, ProblemWords.get("key.duplicate", key, line(entries.get(key).getKeyNode())));
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** "(did you mean 'x'?)" when a known word is close to the typed one, else {@code otherwise}. */
    public static String hint(String typed, Collection<String> known, String otherwise) {
        return Spelling.hint(typed, known, otherwise);
    }

    /** The 1-based line where a node starts. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** What a node is, for "must be X, not ...": "a mapping", "a list" or the value in quotes. */
    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return ProblemWords.get("kind.mapping");
        }
        return node instanceof SequenceNode ? ProblemWords.get("kind.list")
                : ProblemWords.get("kind.value", ((ScalarNode) node).getValue());
    }

    /** A key with nothing after it, e.g. {@code rules:} alone, reads as empty. */
    private static boolean isEmpty(Node value) {
        return value instanceof ScalarNode scalar && (scalar.getValue().isEmpty() || scalar.getTag().equals(Tag.NULL));
    }

    public int line() {
        return line(node);
    }

    public FileProblems problems() {
        return problems;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The line of a key, or of the mapping when the key is absent. */
    public int lineOf(String key) {
        return entries.containsKey(key) ? line(entries.get(key).getKeyNode()) : line();
    }

    public Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** A problem at a key's value (or at the mapping when the key is absent). */
    public void problem(String key, String message) {
        problems.add(value(key).map(YamlMap::line).orElse(line()), message);
    }

    /** The value of a key that must be present; reports "missing key" otherwise. */
    public Optional<Node> required(String key) {
        if (!has(key)) {
            problems.add(line(), ProblemWords.get("key.missing", key, where));
        }
        return value(key);
    }

    private Optional<Node> value(String key, boolean required) {
        return required ? required(key) : value(key);
    }

    /** An optional text. */
    public Optional<String> text(String key) {
        return text(key, false);
    }

    /** A text; a number or a word such as "yes" is taken as the text it is written as. */
    public Optional<String> text(String key, boolean required) {
        return value(key, required).flatMap(v -> text(key, v));
    }

    /** {@code value} (of {@code key}, or an item of it) as a text. */
    public Optional<String> text(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(value, ProblemWords.get("value.not-text", key, kind(value), quoteHint(value)));
            return Optional.empty();
        }
        if (isEmpty(scalar) || scalar.getValue().isBlank()) {
            problems.add(value, ProblemWords.get("value.empty", key));
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    private static String quoteHint(Node value) {
        return value instanceof MappingNode ? ProblemWords.get("value.quote-hint") : "";
    }

    /**
     * A list of texts; a single text is taken as a list of one. Empty texts in a list are kept (a blank line
     * of a message); an empty list is a problem.
     */
    public Optional<List<String>> texts(String key, boolean required) {
        Optional<Node> value = value(key, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node v = value.get();
        if (v instanceof ScalarNode scalar && !isEmpty(scalar)) {
            return Optional.of(List.of(scalar.getValue()));
        }
        if (!(v instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(v, ProblemWords.get("value.not-texts", key));
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                out.add(scalar.getValue());
            } else {
                ok = false;
                problems.add(item, ProblemWords.get("value.item-not-text", i + 1, key, quoteHint(item)));
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** {@code true} or {@code false}, in any case; nothing else. */
    public Optional<Boolean> bool(String key) {
        return text(key).flatMap(v -> {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(v));
            }
            problem(key, ProblemWords.get("value.not-boolean", key, v));
            return Optional.empty();
        });
    }

    /** An optional whole number of at least {@code min}. */
    public Optional<Long> number(String key, long min) {
        return number(key, min, false);
    }

    public Optional<Long> number(String key, long min, boolean required) {
        return text(key, required).flatMap(v -> {
            if (v.matches("\\d{1,18}") && Long.parseLong(v) >= min) {
                return Optional.of(Long.parseLong(v));
            }
            problem(key, ProblemWords.get("value.not-number", key, min, v));
            return Optional.empty();
        });
    }

    public Optional<Duration> duration(String key) {
        return text(key).flatMap(v -> {
            Matcher m = DURATION.matcher(v.strip());
            if (!m.matches()) {
                problem(key, ProblemWords.get("value.not-duration", v, key));
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
    public <T> Optional<T> choice(String key, Map<String, T> choices) {
        return text(key).flatMap(v -> {
            T chosen = choices.get(v.toLowerCase(Locale.ROOT));
            if (chosen == null) {
                List<String> names = List.copyOf(choices.keySet());
                problem(key, ProblemWords.get("value.unknown-choice", v, key,
                        hint(v, names, ProblemWords.get("value.choices", String.join(", ", names)))));
            }
            return Optional.ofNullable(chosen);
        });
    }

    /** An optional mapping; {@code key:} with nothing after it reads as an empty one. */
    public Optional<YamlMap> map(String key, Collection<String> allowed) {
        return map(key, allowed, false, where);
    }

    /** A mapping, opened with its own allowed keys and place for "missing key". */
    public Optional<YamlMap> map(String key, Collection<String> allowed, boolean required, String itsWhere) {
        return value(key, required).flatMap(v -> {
            if (isEmpty(v) && !required) {
                return Optional.of(new YamlMap(new MappingNode(Tag.MAP, false, new ArrayList<>(), v.getStartMark(),
                        v.getEndMark(), DumperOptions.FlowStyle.BLOCK), allowed, problems, itsWhere));
            }
            if (v instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(mapping, allowed, problems, itsWhere));
            }
            problems.add(v, ProblemWords.get("value.not-mapping", key, kind(v)));
            return Optional.empty();
        });
    }

    /** An optional list; each item is read by {@code item}, which reports its own problems. Absent or empty: none. */
    public <T> List<T> list(String key, Function<Node, Optional<T>> item) {
        Optional<Node> value = value(key);
        if (value.isEmpty() || isEmpty(value.get())) {
            return List.of();
        }
        return items(key, value.get()).map(nodes -> read(nodes, item)).orElse(List.of());
    }

    /** A list that must be present and hold at least one item. */
    public <T> List<T> nonEmptyList(String key, Function<Node, Optional<T>> item) {
        Optional<Node> value = required(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(value.get(), ProblemWords.get("value.empty-list", key));
            return List.of();
        }
        return read(sequence.getValue(), item);
    }

    private Optional<List<Node>> items(String key, Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(value, ProblemWords.get("value.not-list", key, kind(value)));
            return Optional.empty();
        }
        return Optional.of(sequence.getValue());
    }

    private static <T> List<T> read(List<Node> nodes, Function<Node, Optional<T>> item) {
        List<T> out = new ArrayList<>();
        for (Node child : nodes) {
            item.apply(child).ifPresent(out::add);
        }
        return out;
    }
}
