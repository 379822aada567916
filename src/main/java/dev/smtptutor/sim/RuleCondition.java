package dev.smtptutor.sim;

import dev.smtptutor.protocol.SmtpState;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A scenario rule's {@code when:}: the events it applies to and the facts that must hold. Every
 * condition left out matches anything.
 *
 * @param events        the commands (or CONNECT, MESSAGE) the rule applies to
 * @param attempt       only the n-th time this client tries the same thing (see {@link AttemptLog})
 * @param retryDelay    a retry sooner than this after the first try counts as the first try again:
 *                      what greylisting asks of a client (RFC 6647 §2.1)
 * @param address       a pattern one of the event's addresses must match
 * @param state         the session state; left out, the states in which the command is in sequence
 * @param tls           whether TLS must be active (true) or not (false)
 * @param authenticated whether the client must have authenticated (true) or not (false)
 */
public record RuleCondition(Set<SessionEvent> events, OptionalInt attempt, Duration retryDelay,
                            Optional<AddressPattern> address, Optional<SmtpState> state,
                            Optional<Boolean> tls, Optional<Boolean> authenticated) {

    public RuleCondition {
        events = Set.copyOf(events);
    }

    /** The facts other than the attempt number; the address the rule matched, if it names one. */
    Optional<String> matchedAddress(RuleEvent event) {
        if (!events.contains(event.kind())
                || !state.map(s -> s == event.state()).orElse(event.kind().statesInSequence().contains(event.state()))
                || tls.isPresent() && tls.get() != event.tls()
                || authenticated.isPresent() && authenticated.get() != event.authenticated()) {
            return Optional.empty();
        }
        if (address.isEmpty()) {
            return Optional.of(event.addresses().isEmpty() ? "" : event.addresses().get(0));
        }
        return event.addresses().stream().filter(a -> address.get().matches(a)).findFirst();
    }
}
