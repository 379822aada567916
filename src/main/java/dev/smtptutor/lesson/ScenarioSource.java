package dev.smtptutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Which simulator scenarios a lesson may ask for, and which of them this build can run. The
 * scenarios themselves belong to the simulator: whoever starts it (the shell, the command line) turns
 * a lesson's scenario name into one; a lesson only names it.
 */
public interface ScenarioSource {

    /**
     * Every scenario name a lesson may ask for: the simulator's built-in scenarios, read from the
     * simulator's own index of them ({@code dev/smtptutor/scenarios/builtin.list}), the one list.
     */
    List<String> KNOWN = BuiltInNames.read();

    /** No simulator at all (a recorded session judged later). */
    ScenarioSource NONE = name -> false;

    /** True when this build can run the scenario with this name. */
    boolean has(String name);

    /** Reads the index of built-in scenario names: one a line, '#' starts a comment. */
    final class BuiltInNames {
        private static final String INDEX = "/dev/smtptutor/scenarios/builtin.list";

        private BuiltInNames() {}

        static List<String> read() {
            try (InputStream in = ScenarioSource.class.getResourceAsStream(INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + INDEX);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
