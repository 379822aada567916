package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.smtptutor.files.FileProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken lesson files and the exact file:line messages a teacher gets for them. */
class LessonValidationTest {

    private static final String FILE = "lessons/03-envelope.yaml";

    /** A valid lesson; the tests break one thing in it at a time. Line numbers are in the comments. */
    private static final String VALID = """
            format_version: 1
            title: Envelope and headers
            goal: See what the envelope is.
            scenario: default
            steps:
              - id: ehlo
                title: Greet the server
                text: Type EHLO.
                expect:
                  command: EHLO *
                  reply: 250
                hints: [EHLO and a name.]
                explain: Greeted.
                solution: EHLO client.example.test
              - id: quit
                title: Leave
                text: Type QUIT.
                expect:
                  command: QUIT
                  reply: 221
                hints: [QUIT.]
                explain: Bye.
                solution: QUIT
            """;

    private static List<String> problems(String text) {
        LessonParser.Result result = LessonParser.parse(FILE, "03-envelope.yaml", text);
        return assertInstanceOf(LessonParser.Broken.class, result).problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void theValidLessonLoadsIntoRecords() {
        Lesson lesson = assertInstanceOf(LessonParser.Loaded.class, LessonParser.parse(FILE, "03-envelope.yaml", VALID))
                .lesson();
        assertEquals("03-envelope", lesson.id());
        assertEquals(3, lesson.number());
        assertEquals(List.of("ehlo", "quit"), lesson.steps().stream().map(Step::id).toList());
        assertEquals(List.of("EHLO client.example.test"), lesson.steps().get(0).solution());
        assertEquals(1, lesson.steps().get(0).par());
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestKnownOne() {
        assertEquals(List.of(
                FILE + ":9: unknown key 'expct' (did you mean 'expect'?)",
                FILE + ":6: missing key 'expect' in step 'ehlo'"),
                problems(VALID.replace("    expect:\n      command: EHLO", "    expct:\n      command: EHLO")));
    }

    @Test
    void aMissingFieldIsReportedWhereItsMappingStarts() {
        assertEquals(List.of(FILE + ":1: missing key 'title'"),
                problems(VALID.replace("title: Envelope and headers\n", "")));
        assertEquals(List.of(FILE + ":15: missing key 'hints' in step 'quit'"),
                problems(VALID.replace("    hints: [QUIT.]\n", "")));
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        assertEquals(List.of(FILE + ":1: 'format_version' must be a whole number from 1 up, not 'one'"),
                problems(VALID.replace("format_version: 1", "format_version: one")));
        assertEquals(List.of(FILE + ":11: 'reply' must be a reply code (e.g. 250) or a class (e.g. 5xx), not 'ok'"),
                problems(VALID.replace("reply: 250", "reply: ok")));
        assertEquals(List.of(FILE + ":5: 'steps' must be a list with at least one item"),
                problems(VALID.substring(0, VALID.indexOf("steps:")) + "steps: none\n"));
        assertEquals(List.of(FILE + ":21: 'enhanced' must be an enhanced status code such as 5.1.1, not '2.0'"),
                problems(VALID.replace("      reply: 221\n", "      reply: 221\n      enhanced: 2.0\n")));
    }

    @Test
    void anUnquotedHeaderLineInASolutionGetsAdviceOnQuoting() {
        String text = VALID.replace("    solution: QUIT\n", "    solution:\n      - DATA\n      - Subject: Hello\n      - QUIT\n");
        assertEquals(List.of(FILE + ":25: item 2 of 'solution' must be a text (a line with \": \" in it reads as a key"
                + " in YAML: put it in quotes)"), problems(text));
    }

    @Test
    void aBadCommandPatternSaysWhatIsWrongWithIt() {
        assertEquals(List.of(FILE + ":10: bad command pattern 'HELLO *': HELLO is not an SMTP command (did you mean HELO?)"),
                problems(VALID.replace("command: EHLO *", "command: HELLO *")));
        assertEquals(List.of(FILE + ":10: bad command pattern 'MAIL FORM:<alice@example.test>': Syntax: MAIL FROM:<address>"),
                problems(VALID.replace("command: EHLO *", "command: MAIL FORM:<alice@example.test>")));
        assertEquals(List.of(FILE + ":10: bad command pattern 'EHLO': Syntax: EHLO hostname"),
                problems(VALID.replace("command: EHLO *", "command: EHLO")));
    }

    @Test
    void anUnknownScenarioIsNamedWithTheNearestKnownOne() {
        assertEquals(List.of(FILE + ":4: unknown scenario 'greylisting' (did you mean 'greylist'?)"),
                problems(VALID.replace("scenario: default", "scenario: greylisting")));
    }

    @Test
    void aDuplicateStepIdPointsToTheFirst() {
        assertEquals(List.of(FILE + ":15: duplicate step id 'ehlo' (first used on line 6)"),
                problems(VALID.replace("  - id: quit", "  - id: ehlo")));
    }

    @Test
    void aYamlSyntaxErrorKeepsItsLine() {
        assertEquals(List.of(FILE + ":3: YAML syntax error: mapping values are not allowed here"),
                problems(VALID.replace("goal: See what the envelope is.", "goal: See: what the envelope is.")));
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() {
        String text = VALID.replace("scenario: default", "scenario: nowhere").replace("reply: 221", "reply: 2")
                .replace("  - id: quit", "  - id: Quit!");
        assertEquals(List.of(
                FILE + ":4: unknown scenario 'nowhere'",
                FILE + ":15: step id 'Quit!' must be lower-case letters, digits and dashes",
                FILE + ":20: 'reply' must be a reply code (e.g. 250) or a class (e.g. 5xx), not '2'"), problems(text));
    }

    @Test
    void anExpectationNeedsExactlyOneKind() {
        assertEquals(List.of(FILE + ":10: 'expect' needs exactly one of command, answer, delivered, authenticated;"
                        + " found command and authenticated"),
                problems(VALID.replace("      command: EHLO *\n", "      command: EHLO *\n      authenticated: any\n")));
        assertEquals(List.of(FILE + ":21: 'reply' goes with command or answer, not with delivered"),
                problems(VALID.replace("      command: QUIT\n", "      delivered:\n        to: bob@example.test\n")
                        .replace("    solution: QUIT", "    solution: [DATA, \".\"]")));
    }

    @Test
    void aSolutionThatNeverSendsTheExpectedCommandIsCaught() {
        assertEquals(List.of(FILE + ":14: no line of the solution matches the step's command 'EHLO *'"),
                problems(VALID.replace("solution: EHLO client.example.test", "solution: HELO client.example.test")));
    }

    @Test
    void aStepKeyFarFromAnyKnownOneListsThemAll() {
        assertEquals(List.of(FILE + ":17: unknown key 'requires' (allowed here: id, title, text, expect, hints, explain,"
                        + " solution, par, mistakes, runs_on, on_host)"),
                problems(VALID.replace("    title: Leave\n", "    title: Leave\n    requires: [greylist]\n")));
    }

    @Test
    void anotherFormatVersionIsRefused() {
        assertEquals(List.of(FILE + ":1: format_version 2 is not supported (this smtp-tutor reads 1)"),
                problems(VALID.replace("format_version: 1", "format_version: 2")));
    }

    @Test
    void theFileNameMustBeNumberedAndAnEmptyFileSaysWhatALessonNeeds() {
        LessonParser.Result result = LessonParser.parse("lessons/envelope.yaml", "envelope.yaml", "");
        assertEquals(List.of(
                "lessons/envelope.yaml:1: the file name must be NN-slug.yaml (two digits, a dash, lower-case words joined"
                        + " by dashes), e.g. 07-cram-md5.yaml",
                "lessons/envelope.yaml:1: the file is empty: a lesson needs format_version, title, goal and steps"),
                assertInstanceOf(LessonParser.Broken.class, result).problems().stream().map(FileProblem::toString).toList());
    }

    @Test
    void aLibraryKeepsGoodLessonsBesideBrokenOnesAndListsEveryProblem() {
        LessonLibrary library = LessonLibrary.of(List.of(
                new LessonFiles.SourceFile("mine/01-hello.yaml", "01-hello.yaml", VALID),
                new LessonFiles.SourceFile("mine/02-typo.yaml", "02-typo.yaml", VALID.replace("title: Envelope", "titel: Envelope")),
                new LessonFiles.SourceFile("mine/02-again.yaml", "02-again.yaml", VALID)));
        assertEquals(List.of(
                "mine/02-typo.yaml:2: unknown key 'titel' (did you mean 'title'?)",
                "mine/02-typo.yaml:1: missing key 'title'",
                "mine/02-again.yaml:1: lesson number 02 is taken by 02-typo.yaml already: give this file another number"),
                library.problems().stream().map(FileProblem::toString).toList());
        assertEquals(List.of("01-hello"), library.lessons().stream().map(Lesson::id).toList());
        assertInstanceOf(LessonLibrary.Broken.class, library.find("2").orElseThrow());
    }
}
