package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.sim.Scenarios;
import dev.smtptutor.sim.SimConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teaching scenarios from inside the shell: /scenario and /connect sim SCENARIO. */
class ShellScenarioTest {

    @TempDir
    Path home;

    @Test
    void theShellsDefaultSimulatorIsTheBuiltInDefaultScenario() {
        assertEquals(Scenarios.builtIn("default").config(), SimConfig.defaults());
        assertEquals(Scenarios.builtIn("default").summary(), SimulatorHost.DEFAULT_SUMMARY);
        assertTrue(Scenarios.builtIn("default").rules().isEmpty());
    }

    @Test
    void scenarioListsTheBuiltInsMarkingTheCurrentOne() {
        ShellDriver.Result result = new ShellDriver(home).line("/scenario").run();
        assertTrue(result.shows("  * default         A friendly Postfix-like server"), result.text());
        assertTrue(result.shows("    greylist       "), result.text());
        assertTrue(result.shows("    tls-required   "), result.text());
    }

    @Test
    void scenarioRestartsTheSimulatorWithIt() {
        ShellDriver.Result result = new ShellDriver(home).line("EHLO c").line("/scenario tls-required")
                .line("EHLO c").line("MAIL FROM:<alice@example.test>").run();
        assertTrue(result.shows("Scenario tls-required: "), result.text());
        assertTrue(result.shows("<-  530 5.7.0 Must issue a STARTTLS command first"), result.text());
    }

    @Test
    void connectSimWithAScenarioName() {
        ShellDriver.Result result = new ShellDriver(home).line("/connect sim shutdown").run();
        assertTrue(result.shows("<-  421 4.3.2"), result.text());
    }

    @Test
    void unknownScenarioAndBrokenFilesAreExplainedByName() throws IOException {
        Path broken = home.resolve("mine.yaml");
        Files.writeString(broken, "format_version: 1\nname: mine\nsummary: mine\nsettings:\n  tsl: true\n");
        ShellDriver.Result result = new ShellDriver(home).line("/scenario greylst").line("/scenario " + broken)
                .line("NOOP").run();
        assertTrue(result.text().contains("greylst") && result.text().contains("greylist"), result.text());
        assertTrue(result.shows(broken + ":5: unknown key 'tsl'"), result.text());
        assertTrue(result.shows("<-  250 2.0.0 Ok"), "the shell goes on: " + result.text());
    }
}
