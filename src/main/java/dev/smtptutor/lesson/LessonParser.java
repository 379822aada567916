package dev.smtptutor.lesson;

import dev.smtptutor.files.FileProblem;
import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlFile;
import dev.smtptutor.files.YamlMap;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.text.Spelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns one lesson file into a {@link Lesson}, or into every {@link FileProblem} it has. Works on SnakeYAML's
 * node tree, not on Java objects, so that each mistake keeps its line number.
 */
public final class LessonParser {

    public static final int FORMAT_VERSION = 1;
    static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9][a-z0-9-]*)\\.yaml");

    private static final List<String> LESSON_KEYS = List.of("format_version", "title", "goal", "scenario", "runs_on", "intro", "steps");
    private static final List<String> STEP_KEYS = List.of("id", "title", "text", "expect", "hints", "explain", "solution",
            "par", "mistakes", "runs_on", "on_host");
    private static final List<String> HOST_KEYS = List.of("expect", "note", "solution");
    private static final List<String> RUNS_ON = List.of("simulator", "any");
    private static final List<String> MISTAKE_KEYS = List.of("line", "why");
    private static final Pattern STEP_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A lesson, or why there is none. */
    public sealed interface Result permits Loaded, Broken {}

    public record Loaded(Lesson lesson) implements Result {}

    public record Broken(List<FileProblem> problems) implements Result {
        public Broken {
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final FileProblems problems;

    private LessonParser(String file) {
        this.file = file;
        this.problems = new FileProblems(file);
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
            problems.add(1, "the file name must be NN-slug.yaml (two digits, a dash, lower-case"
                    + " words joined by dashes), e.g. 07-cram-md5.yaml");
        }
        int before = problems.count();
        Optional<Node> document = YamlFile.read(text, problems);
        if (problems.count() > before) {
            return new Broken(problems.all());
        }
        if (document.isEmpty()) {
            problems.add(1, "the file is empty: a lesson needs format_version, title, goal and steps");
            return new Broken(problems.all());
        }
        if (!(document.get() instanceof MappingNode mapping)) {
            problems.add(document.get(), "a lesson file is a mapping of keys (format_version,"
                    + " title, goal, scenario, steps) to values");
            return new Broken(problems.all());
        }
        Optional<Lesson> lesson = lesson(mapping, name.matches() ? name : null, fileName);
        return !problems.any() && lesson.isPresent() ? new Loaded(lesson.get()) : new Broken(problems.all());
    }

    private Optional<Lesson> lesson(MappingNode node, Matcher name, String fileName) {
        YamlMap map = new YamlMap(node, LESSON_KEYS, problems);
        map.number("format_version", 1, true).filter(v -> v != FORMAT_VERSION).ifPresent(v -> map.problem(
                "format_version", "format_version " + v + " is not supported (this smtp-tutor reads "
                        + FORMAT_VERSION + ")"));
        Optional<String> title = map.text("title", true);
        Optional<String> goal = map.text("goal", true);
        String scenario = map.text("scenario", false).map(String::strip).orElse("default");
        if (!ScenarioSource.KNOWN.contains(scenario)) {
            map.problem("scenario", "unknown scenario '" + scenario + "'"
                    + Spelling.suggestion(scenario, ScenarioSource.KNOWN));
        }
        Lesson.RunsOn runsOn = runsOn(map, "").orElse(Lesson.RunsOn.SIMULATOR);
        Optional<String> intro = map.text("intro", false);
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        steps.addAll(map.nonEmptyList("steps", item -> step(item, scenario, runsOn, ids)));
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
            map.problem("runs_on", "runs_on must be 'simulator' or 'any', not '" + value.get() + "'" + where
                    + Spelling.suggestion(value.get(), RUNS_ON));
            return Optional.empty();
        }
        return value.map(v -> v.equals("any") ? Lesson.RunsOn.ANY : Lesson.RunsOn.SIMULATOR);
    }

    private Optional<Step> step(Node node, String scenario, Lesson.RunsOn lessonRunsOn, Map<String, Integer> ids) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, "each step is a mapping of keys (id, title, text, expect,"
                    + " hints, explain, solution) to values");
            return Optional.empty();
        }
        Optional<String> id = new YamlMap(mapping, List.of("id"), new FileProblems(file)).text("id", false);
        String where = id.map(i -> " in step '" + i + "'").orElse(" in this step");
        YamlMap map = new YamlMap(mapping, STEP_KEYS, problems, where);
        int before = problems.count();
        map.text("id", true).ifPresent(i -> checkId(i, map, ids));
        Optional<String> title = map.text("title", true);
        Optional<String> text = map.text("text", true);
        Optional<Expectation> expect = map.map("expect", ExpectParser.KEYS, true, where)
                .flatMap(e -> new ExpectParser(problems).parse(e));
        Optional<List<String>> hints = map.texts("hints", true);
        Optional<String> explain = map.text("explain", true);
        Optional<List<String>> solution = map.texts("solution", true);
        Optional<Integer> par = map.number("par", 1).map(Math::toIntExact);
        List<Mistake> mistakes = mistakes(map, where);
        expect.ifPresent(e -> solution.ifPresent(s -> checkSolution(e, s, map)));
        Optional<Lesson.RunsOn> stepRunsOn = runsOn(map, where);
        if (stepRunsOn.isPresent() && lessonRunsOn == Lesson.RunsOn.SIMULATOR) {
            map.problem("runs_on", "a step's runs_on only matters in a lesson with 'runs_on: any'" + where);
        }
        if (stepRunsOn.filter(r -> r == Lesson.RunsOn.ANY).isPresent()) {
            map.problem("runs_on", "a step can only say 'runs_on: simulator'" + where);
        }
        Optional<Step.HostPart> onHost = onHost(map, where, lessonRunsOn, solution.orElse(List.of()));
        if (problems.count() > before) {
            return Optional.empty();
        }
        List<String> lines = solution.orElseThrow();
        return Optional.of(new Step(id.orElseThrow(), map.line(), title.orElseThrow().strip(), text.orElseThrow().strip(),
                expect.orElseThrow(), hints.orElseThrow().stream().map(String::strip).toList(), explain.orElseThrow().strip(),
                lines, par.orElse(Par.of(lines)), mistakes,
                stepRunsOn.filter(r -> r == Lesson.RunsOn.SIMULATOR).isPresent(), onHost));
    }

    /** {@code on_host}: the check (and if they differ, the lines) for a real host, and one sentence on why. */
    private Optional<Step.HostPart> onHost(YamlMap map, String where, Lesson.RunsOn lessonRunsOn, List<String> solution) {
        String inHost = " in on_host" + where;
        Optional<YamlMap> host = map.map("on_host", HOST_KEYS, false, inHost);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (lessonRunsOn == Lesson.RunsOn.SIMULATOR) {
            map.problem("on_host", "'on_host' only matters in a lesson with 'runs_on: any'" + where);
        }
        int before = problems.count();
        Optional<Expectation> expect = host.get().map("expect", ExpectParser.KEYS, true, inHost)
                .flatMap(e -> new ExpectParser(problems).parse(e));
        Optional<String> note = host.get().text("note", true);
        List<String> lines = host.get().texts("solution", false).orElse(List.of());
        expect.ifPresent(e -> checkSolution(e, lines.isEmpty() ? solution : lines, lines.isEmpty() ? map : host.get()));
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Step.HostPart(expect.orElseThrow(), note.orElseThrow().strip(), lines));
    }

    private void checkId(String id, YamlMap map, Map<String, Integer> ids) {
        if (!STEP_ID.matcher(id).matches()) {
            map.problem("id", "step id '" + id + "' must be lower-case letters, digits and dashes");
        } else if (ids.containsKey(id)) {
            map.problem("id", "duplicate step id '" + id + "' (first used on line " + ids.get(id) + ")");
        } else {
            ids.put(id, YamlMap.line(map.value("id").orElseThrow()));
        }
    }

    private List<Mistake> mistakes(YamlMap map, String where) {
        return map.list("mistakes", item -> {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(item, "each mistake is a mapping with 'line' and 'why'");
                return Optional.empty();
            }
            YamlMap mistake = new YamlMap(mapping, MISTAKE_KEYS, problems, " in a mistake" + where);
            Optional<String> line = mistake.text("line", true);
            Optional<String> why = mistake.text("why", true);
            return line.flatMap(l -> why.map(w -> new Mistake(l, w.strip())));
        });
    }

    /** A solution that never sends what the step waits for is a typo waiting to confuse a learner. */
    private void checkSolution(Expectation expect, List<String> solution, YamlMap map) {
        if (expect instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine command
                && solution.stream().noneMatch(command.pattern()::matches)) {
            map.problem("solution", "no line of the solution matches the step's command '" + command.pattern() + "'");
        }
        boolean endsMessage = expect instanceof Expectation.Delivered
                || expect instanceof Expectation.Send send && send.line() instanceof LinePattern.EndOfMessage;
        if (endsMessage && !solution.contains(".")) {
            map.problem("solution", "the solution must end the message with a line holding only '.'");
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
