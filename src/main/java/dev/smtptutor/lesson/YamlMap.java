package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Spelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to one YAML mapping of a lesson file, reporting every mistake with its line: unknown and
 * duplicate keys when it is opened, missing fields and wrong types when a field is read. Reading goes on
 * after a mistake, so one pass finds them all.
 */
final class YamlMap {

    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

    private final MappingNode node;
    private final String file;
    private final String where;
    private final List<Problem> problems;
    private final Map<String, NodeTuple> entries = new HashMap<>();

    /**
     * @param where " in step 'ehlo'" or "": said after "missing field 'x'" so the author finds the place
     */
    YamlMap(MappingNode node, Set<String> keys, String file, String where, List<Problem> problems) {
        this.node = node;
        this.file = file;
        this.where = where;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "a key must be a plain word");
                continue;
            }
            String name = key.getValue();
            if (entries.containsKey(name)) {
                problem(key, "duplicate key '" + name + "' (first on line " + line(entries.get(name).getKeyNode()) + ")");
            } else if (!keys.contains(name)) {
                problem(key, "unknown key '" + name + "'" + Spelling.suggestion(name, keys));
            } else {
                entries.put(name, tuple);
            }
        }
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    void problem(Node at, String message) {
        problems.add(new Problem(file, line(at), message));
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    private Optional<Node> required(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            problems.add(new Problem(file, line(), "missing field '" + key + "'" + where));
        }
        return value;
    }

    /** A text field; a number or a word such as "yes" is taken as the text it is written as. */
    Optional<String> text(String key, boolean required) {
        Optional<Node> value = required ? required(key) : node(key);
        return value.flatMap(v -> text(v, "'" + key + "'"));
    }

    Optional<String> text(Node value, String what) {
        if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            if (scalar.getValue().isBlank()) {
                problem(value, what + " is empty");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue());
        }
        problem(value, what + " must be a text" + (value instanceof MappingNode
                ? " (a line with \": \" in it reads as a key in YAML: put it in quotes)" : ""));
        return Optional.empty();
    }

    /** A list of texts; a single text is taken as a list of one. Empty texts are kept (a blank message line). */
    Optional<List<String>> texts(String key, boolean required) {
        Optional<Node> value = required ? required(key) : node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node v = value.get();
        if (v instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(List.of(scalar.getValue()));
        }
        if (!(v instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problem(v, "'" + key + "' must be a text or a list of texts");
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
                problem(item, "item " + (i + 1) + " of '" + key + "' must be a text" + (item instanceof MappingNode
                        ? " (a line with \": \" in it reads as a key in YAML: put it in quotes)" : ""));
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<Integer> integer(String key, boolean required) {
        Optional<Node> value = required ? required(key) : node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue()));
            } catch (NumberFormatException tooBig) {
                // reported below
            }
        }
        problem(value.get(), "'" + key + "' must be a whole number");
        return Optional.empty();
    }

    Optional<Boolean> bool(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            // YAML 1.1, which SnakeYAML reads: true/false, yes/no, on/off, y/n are all booleans.
            return Optional.of(TRUE_WORDS.contains(scalar.getValue().toLowerCase(Locale.ROOT)));
        }
        problem(value.get(), "'" + key + "' must be true or false");
        return Optional.empty();
    }

    Optional<MappingNode> mapping(String key, boolean required) {
        Optional<Node> value = required ? required(key) : node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        problem(value.get(), "'" + key + "' must be a mapping of keys to values");
        return Optional.empty();
    }

    Optional<SequenceNode> sequence(String key, boolean required) {
        Optional<Node> value = required ? required(key) : node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            return Optional.of(sequence);
        }
        problem(value.get(), "'" + key + "' must be a list with at least one item");
        return Optional.empty();
    }
}
