package dev.smtptutor.shell;

import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.ScenarioWords;
import dev.smtptutor.sim.Scenarios;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /scenario [NAME|FILE]: list the teaching scenarios, or restart the built-in simulator with one. */
final class ScenarioCommand implements SlashCommand {

    @Override
    public String name() {
        return "scenario";
    }

    @Override
    public List<String> arguments(ShellSession session) {
        return Scenarios.builtInNames();
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        if (arguments.isBlank()) {
            list(session);
            return;
        }
        start(session, Optional.of(arguments.strip()));
    }

    private static void list(ShellSession session) {
        ShellOutput out = session.out();
        String current = session.simulatorScenario().name();
        List<Scenario> scenarios = Scenarios.builtIns();
        int width = scenarios.stream().mapToInt(s -> DisplayWidth.of(s.name())).max().orElse(0);
        for (Scenario scenario : scenarios) {
            out.line("  " + (scenario.name().equals(current) ? "*" : " ") + " "
                    + DisplayWidth.padRight(scenario.name(), width) + "  " + ScenarioWords.summary(scenario));
        }
        out.hint(Messages.get("scenario.more"));
    }

    /** Restarts the built-in simulator with the named scenario (or the current one) and connects to it. */
    static void start(ShellSession session, Optional<String> nameOrFile) {
        ShellOutput out = session.out();
        Scenario scenario;
        try {
            scenario = nameOrFile.map(Scenarios::find).orElse(session.simulatorScenario());
        } catch (ScenarioException e) {
            e.problems().forEach(out::error);
            return;
        }
        try {
            session.connectSimulator(scenario);
        } catch (IOException e) {
            out.error(Messages.get("connect.sim-failed", "why", String.valueOf(e.getMessage())));
            return;
        }
        if (nameOrFile.isPresent()) {
            out.hint(Messages.get("scenario.started", Map.of("name", scenario.name(), "summary", ScenarioWords.summary(scenario))));
            String description = ScenarioWords.description(scenario);
            if (!description.isBlank()) {
                out.wrapped(description.strip(), out.styles().dim());
            }
        }
    }
}
