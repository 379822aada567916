package dev.smtptutor.sim;

import java.util.List;

/**
 * A scenario that cannot be used: a file that breaks the format, or a name that is neither a built-in
 * scenario nor a file. Each problem is one line a person can act on, e.g.
 * {@code scenarios/greylist.yaml:14: unknown key 'expct' (did you mean 'expect'?)}.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ScenarioException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
