package dev.smtptutor.shell;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.Scenarios;
import java.util.Optional;

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
}
