package dev.smtptutor.lesson;

import dev.smtptutor.sim.SimConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a lesson gets the simulator it runs on. The teaching scenarios arrive separately; until then
 * {@link BuiltInScenarios} maps the names it can to simulator settings and reports the others missing.
 */
public interface ScenarioSource {

    /** Every scenario name a lesson may ask for (whether or not this build has it yet). */
    List<String> KNOWN = List.of("default", "auth-required", "tls-required", "greylist", "mailbox-full",
            "reject-relay", "size-limit", "vrfy-enabled", "slow", "shutdown", "lenient", "bounce");

    /**
     * Simulator features a step may need beyond a scenario: {@code xoauth2} (AUTH XOAUTH2 with a test
     * token) and {@code bare-lf} (a way to send a bare LF from the shell, which always sends CRLF).
     */
    List<String> FEATURES = List.of("xoauth2", "bare-lf");

    /** The simulator configuration of a scenario; empty when this build does not have it yet. */
    Optional<SimConfig> lookup(String name);

    /** The features of {@link #FEATURES} this build has. */
    Set<String> features();

    /** True when a step's requirement (a scenario name or a feature) is met here. */
    default boolean provides(String requirement) {
        return FEATURES.contains(requirement) ? features().contains(requirement) : lookup(requirement).isPresent();
    }
}
