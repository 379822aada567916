package dev.smtptutor.sim;

import java.util.List;
import java.util.Optional;

/**
 * One scenario rule: when its condition holds, its actions replace or precede what the simulator
 * would do. The first rule that matches wins, as in a firewall.
 *
 * @param name   the rule's {@code name:}, if it has one
 * @param when   the condition
 * @param then   the actions, in order: delay, then reply or bounce, then disconnect
 * @param origin where the rule was written, e.g. {@code scenarios/greylist.yaml:12}
 */
public record Rule(Optional<String> name, RuleCondition when, List<RuleAction> then, String origin) {

    public Rule {
        then = List.copyOf(then);
    }

    /** How logs and messages refer to the rule: its name, or where it was written. */
    public String label() {
        return name.orElse("rule at " + origin);
    }
}
