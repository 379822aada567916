package dev.smtptutor.files;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the problems of one file as they are found, so that one pass reports them all. Shared by
 * every reader of the file: its sections add here, and the caller asks at the end whether any were found.
 */
public final class FileProblems {

    private final String file;
    private final List<FileProblem> found = new ArrayList<>();

    /** @param file how messages name the file: {@code scenarios/greylist.yaml} or the path given */
    public FileProblems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(int line, String message) {
        found.add(new FileProblem(file, line, message));
    }

    /** A problem on the line where {@code at} starts. */
    public void add(Node at, String message) {
        add(YamlMap.line(at), message);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** How many so far: a reader compares counts to learn whether a section added any. */
    public int count() {
        return found.size();
    }

    public List<FileProblem> all() {
        return List.copyOf(found);
    }

    /** Each problem as {@code file:line: message}. */
    public List<String> lines() {
        return found.stream().map(FileProblem::toString).toList();
    }
}
