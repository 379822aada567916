package dev.smtptutor.sim;

import java.time.Clock;

/**
 * What all sessions of one simulator share: the scenario they follow, the store they deliver into,
 * the memory of attempts (greylisting) and the clock those are measured by.
 */
public record Simulation(Scenario scenario, MailStore store, AttemptLog attempts, Clock clock, SessionHooks hooks) {

    public Simulation(Scenario scenario, MailStore store, AttemptLog attempts, Clock clock) {
        this(scenario, store, attempts, clock, SessionHooks.NONE);
    }

    public static Simulation of(Scenario scenario, MailStore store) {
        return new Simulation(scenario, store, new AttemptLog(), Clock.systemUTC());
    }

    public SimConfig config() {
        return scenario.config();
    }
}
