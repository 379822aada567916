package dev.smtptutor.sim;

import java.util.List;

/**
 * A teaching scenario: the server's settings and the rules that script its faults, loaded from a
 * scenario file (see {@link ScenarioLoader}) and immutable from then on.
 *
 * @param name        the scenario's name, e.g. {@code greylist}
 * @param summary     one line, shown by {@code ./run.sh scenarios}
 * @param description what the scenario teaches and how to try it
 * @param config      the server's behaviour
 * @param rules       the scripted faults, the first match wins
 * @param source      where it came from: {@code scenarios/greylist.yaml} (built in) or a file path
 */
public record Scenario(String name, String summary, String description, SimConfig config, List<Rule> rules,
                       String source) {

    public Scenario {
        rules = List.copyOf(rules);
    }

    /** A scenario without rules around a config: how the simulator runs when built from a config alone. */
    public static Scenario of(SimConfig config) {
        return new Scenario("custom", "the simulator with a config made in code", "", config, List.of(), "(code)");
    }

    public Scenario withConfig(SimConfig value) {
        return new Scenario(name, summary, description, value, rules, source);
    }
}
