package dev.smtptutor.shell;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.Scenarios;
import java.util.Optional;
import java.util.Set;

/** The simulator's built-in teaching scenarios, and the features this build's shell and simulator have. */
public final class BuiltInScenarios implements SimulatorScenarios {

    @Override
    public Optional<Scenario> lookup(String name) {
        try {
            return Optional.of(Scenarios.builtIn(name));
        } catch (ScenarioException unknown) {
            return Optional.empty();
        }
    }

    /** XOAUTH2 comes with the modern-auth scenario; <LF> in the message editor sends a bare LF. */
    @Override
    public Set<String> features() {
        return Set.of("xoauth2", "bare-lf");
    }
}
