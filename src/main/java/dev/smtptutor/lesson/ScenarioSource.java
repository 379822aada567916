package dev.smtptutor.lesson;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.Scenarios;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where a lesson gets the simulator it runs on: a teaching scenario, by name. */
public interface ScenarioSource {

    /** Every scenario name a lesson may ask for: the simulator's built-in scenarios. */
    List<String> KNOWN = Scenarios.builtInNames();

    /**
     * Simulator features a step may need beyond a scenario: {@code xoauth2} (AUTH XOAUTH2 with a test
     * token) and {@code bare-lf} (a way to send a bare LF from the shell, which always sends CRLF).
     */
    List<String> FEATURES = List.of("xoauth2", "bare-lf");

    /** The scenario with this name; empty when this build does not have it. */
    Optional<Scenario> lookup(String name);

    /** The features of {@link #FEATURES} this build has. */
    Set<String> features();

    /** True when a step's requirement (a scenario name or a feature) is met here. */
    default boolean provides(String requirement) {
        return FEATURES.contains(requirement) ? features().contains(requirement) : lookup(requirement).isPresent();
    }
}
