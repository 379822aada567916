package dev.smtptutor.shell;

import dev.smtptutor.lesson.ScenarioSource;
import dev.smtptutor.sim.Scenario;
import java.util.Optional;

/** A lesson's scenario names made into simulator scenarios: the shell and the command line start them. */
public interface SimulatorScenarios extends ScenarioSource {

    /** The scenario with this name; empty when this build does not have it. */
    Optional<Scenario> lookup(String name);

    @Override
    default boolean has(String name) {
        return lookup(name).isPresent();
    }
}
