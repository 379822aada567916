package dev.smtptutor.files;

import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML file of the project (a lesson, a scenario, an exercise) into SnakeYAML's node tree, not
 * into objects, so every value keeps its line number for {@link YamlMap}. A file that is not YAML at all
 * becomes one problem with its line; a tab in the indentation, the commonest mistake in hand-written
 * YAML, is said in plain words.
 */
public final class YamlFile {

    /** Aliases can multiply a small file into a huge tree ("billion laughs"); our files need few. */
    private static final int MAX_ALIASES = 10;
    /** No file of ours comes near this; a larger one is a mistake or hostile. */
    private static final int MAX_CODE_POINTS = 1 << 20;

    private YamlFile() {}

    /** The document's root node; empty when the file is empty or not YAML (the problem is added). */
    public static Optional<Node> read(String text, FileProblems problems) {
        return read(new StringReader(text), problems);
    }

    public static Optional<Node> read(Reader reader, FileProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            return Optional.ofNullable(new Yaml(options).compose(reader));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            String problem = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
            problems.add(line, ProblemWords.get("yaml.syntax",
                    problem.contains("(TAB)") ? ProblemWords.get("yaml.tab") : problem));
        } catch (YAMLException e) {
            problems.add(1, ProblemWords.get("yaml.unreadable", e.getMessage()));
        }
        return Optional.empty();
    }
}
