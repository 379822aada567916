package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.TlsMode;
import dev.smtptutor.client.Trust;
import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.Scenarios;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;

/**
 * The built-in simulator, started inside this JVM on a free loopback port. The shell reaches it
 * through the same socket client it uses for real hosts, so everything learned here holds there.
 */
public final class SimulatorHost implements AutoCloseable {

    private final SimServer server;

    private SimulatorHost(SimServer server) {
        this.server = server;
    }

    public static SimulatorHost start(Scenario scenario, MailStore store) throws IOException {
        return new SimulatorHost(SimServer.builder().scenario(scenario).store(store).port(0).start());
    }

    /**
     * The scenario for a config made in code. The defaults are the built-in "default" scenario without
     * reading its file (SnakeYAML would add a tenth of a second to the shell's start); a test checks
     * that the two agree.
     */
    public static Scenario scenarioOf(SimConfig config) {
        Scenario scenario = Scenario.of(config);
        // The identity test first: a record's first equals() builds its method handles, a tenth of the start.
        return config == SimConfig.defaults() || config.equals(SimConfig.defaults())
                ? new Scenario(Scenarios.DEFAULT, DEFAULT_SUMMARY, "", config, scenario.rules(), "built in") : scenario;
    }

    static final String DEFAULT_SUMMARY = "A friendly Postfix-like server; AUTH after STARTTLS; relays only for authenticated users";

    /** Same settings and rules: the simulator behaves the same, whatever the scenario's name or file. */
    public static boolean sameBehaviour(Scenario a, Scenario b) {
        return a.config().equals(b.config()) && a.rules().equals(b.rules());
    }

    public Scenario scenario() {
        return server.scenario();
    }

    /** Where the shell connects: loopback, plain first (STARTTLS is the learner's to type), trusting only this server. */
    public ConnectionOptions connectionOptions() {
        return ConnectionOptions.builder("127.0.0.1", server.port()).mode(TlsMode.PLAIN)
                .trust(Trust.contextOnDemand(server::clientContext)).build();
    }

    public SimServer server() {
        return server;
    }

    public MailStore store() {
        return server.store();
    }

    public SimConfig config() {
        return server.config();
    }

    /** Makes the TLS certificate in the background, so the learner's first STARTTLS does not wait. */
    public void warmUp() {
        server.prepareTls();
    }

    @Override
    public void close() {
        server.close();
    }
}
