package dev.smtptutor.lesson;

import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.VrfyPolicy;
import java.util.Optional;
import java.util.Set;

/**
 * The scenarios the simulator's own settings can already express. The others (greylisting, bounces,
 * a lenient end of data...) need the scenario engine and are reported as not available yet.
 */
public final class BuiltInScenarios implements ScenarioSource {

    /** Small enough that a pasted text can exceed it, large enough for every message in the lessons. */
    static final long SMALL_SIZE_LIMIT = 10_240;

    @Override
    public Optional<SimConfig> lookup(String name) {
        SimConfig defaults = SimConfig.defaults();
        return switch (name) {
            case "default" -> Optional.of(defaults);
            case "vrfy-enabled" -> Optional.of(defaults.withVrfyPolicy(VrfyPolicy.ANSWER));
            case "tls-required" -> Optional.of(defaults.withTls(true, true));
            case "auth-required" -> Optional.of(defaults.withAuth(true, true));
            case "size-limit" -> Optional.of(defaults.withLimits(SMALL_SIZE_LIMIT, 100));
            default -> Optional.empty();
        };
    }

    @Override
    public Set<String> features() {
        return Set.of();
    }
}
