package dev.smtptutor.lesson;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.Scenarios;
import java.util.List;
import java.util.Optional;

/** Where a lesson gets the simulator it runs on: a teaching scenario, by name. */
public interface ScenarioSource {

    /** Every scenario name a lesson may ask for: the simulator's built-in scenarios. */
    List<String> KNOWN = Scenarios.builtInNames();

    /** The scenario with this name; empty when this build does not have it. */
    Optional<Scenario> lookup(String name);
}
