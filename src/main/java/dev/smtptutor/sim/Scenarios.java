package dev.smtptutor.sim;

import dev.smtptutor.text.Spelling;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where scenarios come from: the built-in ones shipped as resources (listed in {@code builtin.list},
 * written in the same format a teacher writes), or a file. {@code serve --scenario}, the shell's
 * {@code /scenario} and lessons all find them here, by name or path.
 */
public final class Scenarios {

    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/messages");


    public static final String DEFAULT = "default";
    private static final String DIRECTORY = "dev/smtptutor/scenarios/";
    private static final String NAME = "[a-z0-9][a-z0-9-]*";

    private Scenarios() {}

    /** The built-in scenario names, in the order {@code ./run.sh scenarios} lists them. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        for (String line : resourceText("builtin.list").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    public static List<Scenario> builtIns() {
        return builtInNames().stream().map(Scenarios::builtIn).toList();
    }

    /** The scenario the simulator runs when none is named. */
    public static Scenario defaultScenario() {
        return builtIn(DEFAULT);
    }

    /** A built-in scenario by name; its messages name it {@code scenarios/NAME.yaml}. */
    public static Scenario builtIn(String name) {
        if (!builtInNames().contains(name)) {
            throw unknown(name);
        }
        return ScenarioLoader.load("scenarios/" + name + ".yaml", builtInText(name));
    }

    /** The file of a built-in scenario, for teachers to read and copy ({@code ./run.sh scenarios show NAME}). */
    public static String builtInText(String name) {
        if (!builtInNames().contains(name)) {
            throw unknown(name);
        }
        return resourceText(name + ".yaml");
    }

    /**
     * A built-in scenario when the argument is one's name, otherwise the scenario file at that path.
     *
     * @throws ScenarioException when it is neither, or the file is broken (with file:line)
     */
    public static Scenario find(String nameOrPath) {
        if (nameOrPath.matches(NAME) && builtInNames().contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            return load(path, nameOrPath);
        }
        if (nameOrPath.matches(NAME)) {
            throw unknown(nameOrPath);
        }
        throw new ScenarioException(WORDS.get("scenario.no-file", Map.of("file", nameOrPath,
                "names", String.join(", ", builtInNames()))));
    }

    /** A scenario file; messages name it as {@code shownAs}. */
    public static Scenario load(Path path, String shownAs) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return ScenarioLoader.load(shownAs, reader);
        } catch (IOException e) {
            throw new ScenarioException(WORDS.get("scenario.unreadable", Map.of("file", shownAs,
                    "why", String.valueOf(e.getMessage()))));
        }
    }

    private static ScenarioException unknown(String name) {
        List<String> names = builtInNames();
        String hint = Spelling.hint(name, names, "");
        return new ScenarioException(WORDS.get("scenario.unknown", Map.of("name", name,
                "hint", hint.isEmpty() ? "" : hint + " ", "names", String.join(", ", names))));
    }

    private static String resourceText(String file) {
        InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + DIRECTORY + file);
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
