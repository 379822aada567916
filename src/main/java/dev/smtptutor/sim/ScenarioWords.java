package dev.smtptutor.sim;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;

/**
 * A scenario's summary and description as a person reads them, in the current language. A built-in
 * scenario's words live in {@code dev/smtptutor/sim/scenarios.properties} (NAME.summary,
 * NAME.description; English word for word as in its file) and its translations beside it; a teacher's
 * own scenario file is shown with its own words, in whatever language the teacher wrote them.
 */
public final class ScenarioWords {

    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/scenarios");

    private ScenarioWords() {}

    /** One line, for lists: {@code ./run.sh scenarios}, {@code /scenario}, the serve log. */
    public static String summary(Scenario scenario) {
        return shown(scenario, "summary", scenario.summary());
    }

    /** What the scenario teaches and how to try it; empty when it says nothing. */
    public static String description(Scenario scenario) {
        return shown(scenario, "description", scenario.description());
    }

    private static String shown(Scenario scenario, String field, String own) {
        if (!builtIn(scenario)) {
            return own;
        }
        return WORDS.find(scenario.name() + "." + field).orElse(own);
    }

    /** Built in: loaded from the jar under its own name (a file merely called "greylist" keeps its words). */
    private static boolean builtIn(Scenario scenario) {
        return scenario.source().equals("scenarios/" + scenario.name() + ".yaml")
                && Scenarios.builtInNames().contains(scenario.name());
    }
}
