package dev.smtptutor.lesson;

import dev.smtptutor.shell.BuiltInScenarios;
import dev.smtptutor.shell.SimulatorScenarios;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.Scenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Scenario sources for tests: the built-ins with a greylist that lets the retry through at once, or one missing. */
public final class TestScenarios {

    private TestScenarios() {}

    /** The built-in scenarios, except that greylisting accepts the retry at once (the built-in waits 10 s). */
    public static SimulatorScenarios quickGreylist() {
        Scenario quick = quickGreylistScenario();
        return new SimulatorScenarios() {
            @Override
            public Optional<Scenario> lookup(String name) {
                return name.equals("greylist") ? Optional.of(quick) : new BuiltInScenarios().lookup(name);
            }
        };
    }

    /** The built-in scenarios without one: how an older build, or a teacher's lesson for a newer one, looks. */
    public static SimulatorScenarios without(String missing) {
        return new SimulatorScenarios() {
            @Override
            public Optional<Scenario> lookup(String name) {
                return name.equals(missing) ? Optional.empty() : new BuiltInScenarios().lookup(name);
            }
        };
    }

    private static Scenario quickGreylistScenario() {
        try {
            Path file = Files.createTempFile("greylist-quick", ".yaml");
            Files.writeString(file, Scenarios.builtInText("greylist").replace("retry_delay: 10s", "retry_delay: 0s"));
            Scenario scenario = Scenarios.load(file, "greylist (no retry delay)");
            Files.delete(file);
            return scenario;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
