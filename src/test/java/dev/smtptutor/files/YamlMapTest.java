package dev.smtptutor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;

/** The one YAML reader: the same words, line numbers and rules for every file of the project. */
class YamlMapTest {

    private final FileProblems problems = new FileProblems("lessons/01-x.yaml");

    private YamlMap open(String yaml, List<String> allowed) {
        return new YamlMap((MappingNode) YamlFile.read(yaml, problems).orElseThrow(), allowed, problems, " in step 'a'");
    }

    @Test
    void unknownKeyNamesTheClosestKnownOne() {
        open("id: a\ntitel: Hi\n", List.of("id", "title"));
        assertEquals(List.of("lessons/01-x.yaml:2: unknown key 'titel' (did you mean 'title'?)"), problems.lines());
    }

    @Test
    void unknownKeyFarFromAnyListsTheAllowedOnes() {
        open("colour: red\n", List.of("id", "title"));
        assertEquals(List.of("lessons/01-x.yaml:1: unknown key 'colour' (allowed here: id, title)"), problems.lines());
    }

    @Test
    void duplicateKeySaysWhereItFirstAppears() {
        open("id: a\ntitle: x\nid: b\n", List.of("id", "title"));
        assertEquals(List.of("lessons/01-x.yaml:3: duplicate key 'id' (first on line 1)"), problems.lines());
    }

    @Test
    void missingKeySaysWhichAndWhere() {
        assertEquals(Optional.empty(), open("id: a\n", List.of("id", "title")).text("title", true));
        assertEquals(List.of("lessons/01-x.yaml:1: missing key 'title' in step 'a'"), problems.lines());
    }

    @Test
    void booleanIsTrueOrFalseOnly() {
        YamlMap map = open("a: true\nb: FALSE\nc: yes\n", List.of("a", "b", "c"));
        assertEquals(List.of(Optional.of(true), Optional.of(false), Optional.empty()),
                List.of(map.bool("a"), map.bool("b"), map.bool("c")));
        assertEquals(List.of("lessons/01-x.yaml:3: 'c' must be true or false, not 'yes'"), problems.lines());
    }

    @Test
    void emptyTextNeedsAValue() {
        assertEquals(Optional.empty(), open("title:\n", List.of("title")).text("title", true));
        assertEquals(List.of("lessons/01-x.yaml:1: 'title' needs a value"), problems.lines());
    }

    @Test
    void aMappingWhereTextBelongsSuggestsQuotes() {
        assertEquals(Optional.empty(), YamlFile.read("title: Subject: hi\n", problems));
        assertEquals(List.of("lessons/01-x.yaml:1: YAML syntax error: mapping values are not allowed here"), problems.lines());
        FileProblems other = new FileProblems("f.yaml");
        YamlMap map = new YamlMap((MappingNode) YamlFile.read("title:\n  Subject: hi\n", other).orElseThrow(),
                List.of("title"), other);
        map.text("title");
        assertEquals(List.of("f.yaml:2: 'title' must be a text, not a mapping (a line with \": \" in it reads as a key"
                + " in YAML: put it in quotes)"), other.lines());
    }

    @Test
    void numbersChoicesAndDurationsSayWhatIsWanted() {
        YamlMap map = open("n: 0\nc: sometimes\nd: 5 minutes\n", List.of("n", "c", "d"));
        map.number("n", 1);
        map.choice("c", Map.of("always", 1, "never", 2));
        map.duration("d");
        assertEquals(List.of("lessons/01-x.yaml:1: 'n' must be a whole number from 1 up, not '0'",
                "lessons/01-x.yaml:2: unknown value 'sometimes' for 'c' (one of: " + String.join(", ",
                        List.copyOf(Map.of("always", 1, "never", 2).keySet())) + ")",
                "lessons/01-x.yaml:3: bad duration '5 minutes' for 'd': write a whole number and a unit, like 500ms, 2s,"
                        + " 5m or 1h"), problems.lines());
    }

    @Test
    void aTabInTheIndentationIsSaidInPlainWords() {
        assertEquals(Optional.empty(), YamlFile.read("a:\n\tb: 1\n", problems));
        assertEquals(List.of("lessons/01-x.yaml:2: YAML syntax error: a tab character; YAML is indented with spaces only"),
                problems.lines());
    }

    @Test
    void aBillionLaughsFileIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x]\n");
        for (int i = 1; i < 20; i++) {
            yaml.append("b").append(i).append(": &b").append(i).append(" [*").append(i == 1 ? "a" : "b" + (i - 1))
                    .append(", *").append(i == 1 ? "a" : "b" + (i - 1)).append("]\n");
        }
        assertEquals(Optional.empty(), YamlFile.read(yaml.toString(), problems));
        assertEquals(1, problems.count());
    }
}
