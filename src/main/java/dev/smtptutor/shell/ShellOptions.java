package dev.smtptutor.shell;

import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.SimConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the shell starts.
 *
 * @param target      a real host, or empty for the built-in simulator
 * @param detail      how much each reply is explained
 * @param home        where history and saved state live (~/.smtp-tutor or $SMTP_TUTOR_HOME)
 * @param script      input is piped: echo each line after its prompt so the output reads as a transcript
 * @param simulator   the built-in simulator's scenario (its settings and scripted faults)
 * @param environment the process environment (NO_COLOR, TERM)
 * @param hosts       trust and timeouts for real hosts
 */
public record ShellOptions(Optional<HostSpec> target, DetailLevel detail, Path home, boolean script,
                           Scenario simulator, Map<String, String> environment, HostSettings hosts) {

    public ShellOptions {
        environment = Map.copyOf(environment);
    }

    /** A simulator made from a config alone, with no scripted faults. */
    public ShellOptions(Optional<HostSpec> target, DetailLevel detail, Path home, boolean script,
                        SimConfig simulator, Map<String, String> environment, HostSettings hosts) {
        this(target, detail, home, script, SimulatorHost.scenarioOf(simulator), environment, hosts);
    }

    /** The defaults for real hosts: the JDK's trust store, 10 s to connect, 30 s per reply. */
    public ShellOptions(Optional<HostSpec> target, DetailLevel detail, Path home, boolean script,
                        SimConfig simulator, Map<String, String> environment) {
        this(target, detail, home, script, simulator, environment, HostSettings.defaults());
    }

    /** ~/.smtp-tutor, or the directory named by SMTP_TUTOR_HOME. */
    public static Path defaultHome(Map<String, String> environment) {
        String override = environment.get("SMTP_TUTOR_HOME");
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".smtp-tutor");
    }
}
