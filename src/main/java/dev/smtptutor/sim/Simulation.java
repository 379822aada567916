package dev.smtptutor.sim;

import java.time.Clock;

/**
 * What all sessions of one simulator share: the scenario they follow, the store they deliver into,
 * the sink an embedding server makes deliveries durable with, the memory of attempts (greylisting)
 * and the clock those are measured by.
 */
public record Simulation(Scenario scenario, MailStore store, DeliverySink sink, AttemptLog attempts, Clock clock,
                         SessionHooks hooks) {

    public Simulation(Scenario scenario, MailStore store, DeliverySink sink, AttemptLog attempts, Clock clock) {
        this(scenario, store, sink, attempts, clock, SessionHooks.NONE);
    }

    public Simulation(Scenario scenario, MailStore store, AttemptLog attempts, Clock clock) {
        this(scenario, store, DeliverySink.NONE, attempts, clock);
    }

    public static Simulation of(Scenario scenario, MailStore store) {
        return new Simulation(scenario, store, new AttemptLog(), Clock.systemUTC());
    }

    public SimConfig config() {
        return scenario.config();
    }
}
