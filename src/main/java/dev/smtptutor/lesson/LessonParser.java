package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Spelling;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.Verb;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns one lesson file into a {@link Lesson}, or into every {@link Problem} it has. Works on SnakeYAML's
 * node tree, not on Java objects, so that each mistake keeps its line number.
 */
public final class LessonParser {

    public static final int FORMAT_VERSION = 1;
    static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9][a-z0-9-]*)\\.yaml");

    private static final Set<String> LESSON_KEYS = Set.of("format_version", "title", "goal", "scenario", "runs_on", "intro", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "title", "text", "expect", "hints", "explain", "solution",
            "par", "mistakes", "requires", "runs_on", "on_host");
    private static final Set<String> HOST_KEYS = Set.of("expect", "note", "solution");
    private static final List<String> RUNS_ON = List.of("simulator", "any");
    private static final Set<String> MISTAKE_KEYS = Set.of("line", "why");
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A lesson, or why there is none. */
    public sealed interface Result permits Loaded, Broken {}

    public record Loaded(Lesson lesson) implements Result {}

    public record Broken(List<Problem> problems) implements Result {
        public Broken {
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private LessonParser(String file) {
        this.file = file;
    }

    /**
     * @param file     the file as the teacher names it, e.g. {@code lessons/03-envelope.yaml}
     * @param fileName the bare file name, which gives the lesson its number and id
     * @param text     the file's content
     */
    public static Result parse(String file, String fileName, String text) {
        return new LessonParser(file).run(fileName, text);
    }

    private Result run(String fileName, String text) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            problems.add(new Problem(file, 1, "the file name must be NN-slug.yaml (two digits, a dash, lower-case"
                    + " words joined by dashes), e.g. 07-cram-md5.yaml"));
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(new Problem(file, line, "YAML syntax error: " + e.getProblem()));
            return new Broken(problems);
        } catch (RuntimeException e) {
            problems.add(new Problem(file, 1, "YAML syntax error: " + e.getMessage()));
            return new Broken(problems);
        }
        if (root == null) {
            problems.add(new Problem(file, 1, "the file is empty: a lesson needs format_version, title, goal and steps"));
            return new Broken(problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(file, YamlMap.line(root), "a lesson file is a mapping of keys (format_version,"
                    + " title, goal, scenario, steps) to values"));
            return new Broken(problems);
        }
        Optional<Lesson> lesson = lesson(mapping, name.matches() ? name : null, fileName);
        return problems.isEmpty() && lesson.isPresent() ? new Loaded(lesson.get()) : new Broken(problems);
    }

    private Optional<Lesson> lesson(MappingNode node, Matcher name, String fileName) {
        YamlMap map = new YamlMap(node, LESSON_KEYS, file, "", problems);
        map.integer("format_version", true).filter(v -> v != FORMAT_VERSION).ifPresent(v -> map.problem(
                map.node("format_version").orElseThrow(), "format_version " + v + " is not supported (this smtp-tutor reads "
                        + FORMAT_VERSION + ")"));
        Optional<String> title = map.text("title", true);
        Optional<String> goal = map.text("goal", true);
        String scenario = map.text("scenario", false).map(String::strip).orElse("default");
        if (!ScenarioSource.KNOWN.contains(scenario)) {
            map.problem(map.node("scenario").orElseThrow(), "unknown scenario '" + scenario + "'"
                    + Spelling.suggestion(scenario, ScenarioSource.KNOWN));
        }
        Lesson.RunsOn runsOn = runsOn(map, "").orElse(Lesson.RunsOn.SIMULATOR);
        Optional<String> intro = map.text("intro", false);
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        map.sequence("steps", true).ifPresent(sequence -> {
            for (Node item : sequence.getValue()) {
                step(item, scenario, runsOn, ids).ifPresent(steps::add);
            }
        });
        if (title.isEmpty() || goal.isEmpty() || name == null) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(fileName.substring(0, fileName.length() - ".yaml".length()),
                Integer.parseInt(name.group(1)), file, title.get().strip(), goal.get().strip(), scenario,
                intro.map(String::strip), steps, runsOn));
    }

    /** {@code runs_on: simulator|any}; a step may say {@code simulator} only inside a lesson that runs on any host. */
    private Optional<Lesson.RunsOn> runsOn(YamlMap map, String where) {
        Optional<String> value = map.text("runs_on", false).map(String::strip);
        if (value.isPresent() && !RUNS_ON.contains(value.get())) {
            map.problem(map.node("runs_on").orElseThrow(), "runs_on must be 'simulator' or 'any', not '" + value.get()
                    + "'" + where + Spelling.suggestion(value.get(), RUNS_ON));
            return Optional.empty();
        }
        return value.map(v -> v.equals("any") ? Lesson.RunsOn.ANY : Lesson.RunsOn.SIMULATOR);
    }

    private Optional<Step> step(Node node, String scenario, Lesson.RunsOn lessonRunsOn, Map<String, Integer> ids) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new Problem(file, YamlMap.line(node), "each step is a mapping of keys (id, title, text, expect,"
                    + " hints, explain, solution) to values"));
            return Optional.empty();
        }
        Optional<String> id = new YamlMap(mapping, Set.of("id"), file, "", new ArrayList<>()).text("id", false);
        String where = id.map(i -> " in step '" + i + "'").orElse(" in this step");
        YamlMap map = new YamlMap(mapping, STEP_KEYS, file, where, problems);
        int before = problems.size();
        map.text("id", true).ifPresent(i -> checkId(i, map, ids));
        Optional<String> title = map.text("title", true);
        Optional<String> text = map.text("text", true);
        Optional<Expectation> expect = map.mapping("expect", true)
                .flatMap(e -> new ExpectParser(file, problems).parse(e, where));
        Optional<List<String>> hints = map.texts("hints", true);
        Optional<String> explain = map.text("explain", true);
        Optional<List<String>> solution = map.texts("solution", true);
        Optional<Integer> par = map.integer("par", false);
        par.filter(p -> p < 1).ifPresent(p -> map.problem(map.node("par").orElseThrow(), "'par' must be 1 or more"));
        List<Mistake> mistakes = mistakes(map, where);
        List<String> requires = requires(map, scenario);
        expect.ifPresent(e -> solution.ifPresent(s -> checkSolution(e, s, map)));
        Optional<Lesson.RunsOn> stepRunsOn = runsOn(map, where);
        if (stepRunsOn.isPresent() && lessonRunsOn == Lesson.RunsOn.SIMULATOR) {
            map.problem(map.node("runs_on").orElseThrow(), "a step's runs_on only matters in a lesson with 'runs_on: any'"
                    + where);
        }
        if (stepRunsOn.filter(r -> r == Lesson.RunsOn.ANY).isPresent()) {
            map.problem(map.node("runs_on").orElseThrow(), "a step can only say 'runs_on: simulator'" + where);
        }
        Optional<Step.HostPart> onHost = onHost(map, where, lessonRunsOn, solution.orElse(List.of()));
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<String> lines = solution.orElseThrow();
        return Optional.of(new Step(id.orElseThrow(), map.line(), title.orElseThrow().strip(), text.orElseThrow().strip(),
                expect.orElseThrow(), hints.orElseThrow().stream().map(String::strip).toList(), explain.orElseThrow().strip(),
                lines, par.orElse(Par.of(lines)), mistakes, requires,
                stepRunsOn.filter(r -> r == Lesson.RunsOn.SIMULATOR).isPresent(), onHost));
    }

    /** {@code on_host}: the check (and if they differ, the lines) for a real host, and one sentence on why. */
    private Optional<Step.HostPart> onHost(YamlMap map, String where, Lesson.RunsOn lessonRunsOn, List<String> solution) {
        Optional<MappingNode> node = map.mapping("on_host", false);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (lessonRunsOn == Lesson.RunsOn.SIMULATOR) {
            map.problem(node.get(), "'on_host' only matters in a lesson with 'runs_on: any'" + where);
        }
        YamlMap host = new YamlMap(node.get(), HOST_KEYS, file, " in on_host" + where, problems);
        int before = problems.size();
        Optional<Expectation> expect = host.mapping("expect", true)
                .flatMap(e -> new ExpectParser(file, problems).parse(e, " in on_host" + where));
        Optional<String> note = host.text("note", true);
        List<String> lines = host.texts("solution", false).orElse(List.of());
        expect.ifPresent(e -> checkSolution(e, lines.isEmpty() ? solution : lines, lines.isEmpty() ? map : host));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Step.HostPart(expect.orElseThrow(), note.orElseThrow().strip(), lines));
    }

    private void checkId(String id, YamlMap map, Map<String, Integer> ids) {
        Node node = map.node("id").orElseThrow();
        if (!STEP_ID.matcher(id).matches()) {
            map.problem(node, "step id '" + id + "' must be lower-case letters, digits and dashes");
        } else if (ids.containsKey(id)) {
            map.problem(node, "duplicate step id '" + id + "' (first used on line " + ids.get(id) + ")");
        } else {
            ids.put(id, YamlMap.line(node));
        }
    }

    private List<Mistake> mistakes(YamlMap map, String where) {
        List<Mistake> out = new ArrayList<>();
        Optional<SequenceNode> sequence = map.sequence("mistakes", false);
        for (Node item : sequence.map(SequenceNode::getValue).orElse(List.of())) {
            if (!(item instanceof MappingNode mapping)) {
                map.problem(item, "each mistake is a mapping with 'line' and 'why'");
                continue;
            }
            YamlMap mistake = new YamlMap(mapping, MISTAKE_KEYS, file, " in a mistake" + where, problems);
            Optional<String> line = mistake.text("line", true);
            Optional<String> why = mistake.text("why", true);
            if (line.isPresent() && why.isPresent()) {
                out.add(new Mistake(line.get(), why.get().strip()));
            }
        }
        return out;
    }

    private List<String> requires(YamlMap map, String scenario) {
        List<String> out = new ArrayList<>();
        List<String> known = new ArrayList<>(ScenarioSource.KNOWN);
        known.addAll(ScenarioSource.FEATURES);
        for (String requirement : map.texts("requires", false).orElse(List.of())) {
            String name = requirement.strip();
            Node node = map.node("requires").orElseThrow();
            if (!known.contains(name)) {
                map.problem(node, "unknown requirement '" + name + "'" + Spelling.suggestion(name, known)
                        + "; a step may require a scenario or one of: " + String.join(", ", ScenarioSource.FEATURES));
            } else if (ScenarioSource.KNOWN.contains(name) && !name.equals(scenario)) {
                map.problem(node, "the step requires scenario '" + name + "' but the lesson runs on '" + scenario
                        + "' (set scenario: " + name + ")");
            } else {
                out.add(name);
            }
        }
        return out;
    }

    /** A solution that never sends what the step waits for is a typo waiting to confuse a learner. */
    private void checkSolution(Expectation expect, List<String> solution, YamlMap map) {
        Node at = map.node("solution").orElseThrow();
        if (expect instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine command
                && solution.stream().noneMatch(command.pattern()::matches)) {
            map.problem(at, "no line of the solution matches the step's command '" + command.pattern() + "'");
        }
        boolean endsMessage = expect instanceof Expectation.Delivered
                || expect instanceof Expectation.Send send && send.line() instanceof LinePattern.EndOfMessage;
        if (endsMessage && !solution.contains(".")) {
            map.problem(at, "the solution must end the message with a line holding only '.'");
        }
    }

    /** How many lines a solution sends to the server: the measure of "par". */
    static final class Par {
        private Par() {}

        /**
         * Every line counts one, except tutor commands (they send nothing themselves) and message text: a
         * whole message, up to its ".", counts as one.
         */
        static int of(List<String> solution) {
            int dot = solution.indexOf(".");
            boolean text = dot >= 0 && solution.subList(0, dot).stream().noneMatch(Par::isData);
            int count = 0;
            for (String line : solution) {
                if (text) {
                    if (line.equals(".")) {
                        count++;
                        text = false;
                    }
                    continue;
                }
                if (line.startsWith("/")) {
                    continue;
                }
                count++;
                text = isData(line);
            }
            return Math.max(1, count);
        }

        private static boolean isData(String line) {
            return CommandParser.parse(line) instanceof ParseResult.Parsed p && p.command().verb() == Verb.DATA;
        }
    }
}
