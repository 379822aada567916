package dev.smtptutor.sim;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the first rule of a scenario that matches an event, counting attempts where rules ask for them. */
final class RuleMatcher {

    /** A rule that matched, and the address it matched ("" when it names none). */
    record Match(Rule rule, String address) {}

    private final List<Rule> rules;
    private final AttemptLog attempts;
    private final Clock clock;
    private final Set<SessionEvent> counted = EnumSet.noneOf(SessionEvent.class);

    RuleMatcher(List<Rule> rules, AttemptLog attempts, Clock clock) {
        this.rules = rules;
        this.attempts = attempts;
        this.clock = clock;
        for (Rule rule : rules) {
            if (rule.when().attempt().isPresent()) {
                counted.addAll(rule.when().events());
            }
        }
    }

    Optional<Match> match(RuleEvent event) {
        // Only events some rule counts are remembered, so a scenario without attempts keeps no memory.
        List<Instant> tries = counted.contains(event.kind())
                ? attempts.record(event.attemptKey(), clock.instant()) : List.of();
        for (Rule rule : rules) {
            Optional<String> address = rule.when().matchedAddress(event);
            if (address.isEmpty()) {
                continue;
            }
            RuleCondition when = rule.when();
            if (when.attempt().isPresent()
                    && AttemptLog.attemptNumber(tries, when.retryDelay()) != when.attempt().getAsInt()) {
                continue;
            }
            return Optional.of(new Match(rule, address.get()));
        }
        return Optional.empty();
    }
}
