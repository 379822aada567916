package dev.smtptutor.lesson;

import dev.smtptutor.text.Spelling;
import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.SyntaxProblem;
import dev.smtptutor.protocol.Verb;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command a step waits for, written as the learner would type it, with {@code *} for "anything here":
 * {@code EHLO *}, {@code MAIL FROM:<alice@example.test>}, {@code RCPT TO:<*@example.test>},
 * {@code MAIL FROM:<*> SIZE=*}, {@code AUTH PLAIN *}.
 *
 * <p>It is parsed with the same {@link CommandParser} as the learner's line, so it compares meaning:
 * {@code MAIL FROM: <a@b>} and {@code mail from:<a@b>} are the same command. Verbs and addresses compare
 * without regard to case; ESMTP parameters the learner adds beyond the pattern's are allowed.
 *
 * @param text       the pattern as written in the lesson
 * @param verb       the command verb
 * @param path       for MAIL and RCPT: the address glob ("" for the null path {@code <>})
 * @param argument   for other verbs: the argument glob
 * @param parameters ESMTP parameters that must be present, keyword to value glob
 */
public record CommandPattern(String text, Verb verb, Optional<String> path, String argument,
                             Map<String, String> parameters) {

    // A stand-in for "*" that the command grammar accepts in every position (local part, domain label,
    // parameter value, argument), so a pattern is checked by the real parser.
    private static final String MARK = "wildcard-0";
    // "FROM:<*>", "TO: *": any path at all, the null path included.
    private static final Pattern WHOLE_PATH = Pattern.compile("(?i)((?:FROM|TO):\\s*)(?:<\\*>|\\*)(?=\\s|$)");

    public CommandPattern {
        parameters = Map.copyOf(parameters);
    }

    /** Parses a pattern; the exception's message says what is wrong with it. */
    static CommandPattern parse(String text) {
        String trimmed = text.strip();
        String stand = WHOLE_PATH.matcher(trimmed).replaceAll("$1<" + MARK + "@" + MARK + ">").replace("*", MARK);
        ParseResult parsed = CommandParser.parse(stand);
        if (parsed instanceof ParseResult.Unknown unknown) {
            String word = unknown.word().replace(MARK, "*");
            throw new IllegalArgumentException(Spelling.closest(word, verbNames())
                    .map(v -> LessonTexts.get("pattern.not-a-command.suggest", java.util.Map.of("word", word, "verb", v)))
                    .orElse(LessonTexts.get("pattern.not-a-command", "word", word)));
        }
        if (parsed instanceof ParseResult.Malformed malformed) {
            throw new IllegalArgumentException(why(malformed.problem()));
        }
        Command command = ((ParseResult.Parsed) parsed).command();
        Optional<String> path = command.path().map(p -> unmark(p.address()));
        Map<String, String> parameters = new LinkedHashMap<>();
        command.parameters().forEach((key, value) -> parameters.put(key, unmark(value)));
        return new CommandPattern(trimmed, command.verb(), path, path.isPresent() ? "" : unmark(command.argument()),
                parameters);
    }

    private static String unmark(String value) {
        return value.replace(MARK + "@" + MARK, "*").replace(MARK, "*");
    }

    private static List<String> verbNames() {
        return Arrays.stream(Verb.values()).map(Verb::name).toList();
    }

    /** The grammar rule the pattern breaks, in the words the server would use. */
    private static String why(SyntaxProblem problem) {
        return problem.reply().firstLineText();
    }

    /** True when the command is one this pattern describes. */
    public boolean matches(Command command) {
        if (command.verb() != verb) {
            return false;
        }
        if (path.isPresent()) {
            if (command.path().isEmpty() || !glob(path.get(), command.path().get().address())) {
                return false;
            }
            for (Map.Entry<String, String> wanted : parameters.entrySet()) {
                Optional<String> given = command.parameter(wanted.getKey());
                if (given.isEmpty() || !glob(wanted.getValue(), given.get())) {
                    return false;
                }
            }
            return true;
        }
        return glob(argument, normalise(command.argument()));
    }

    /** True when a typed line parses to a command this pattern describes. */
    public boolean matches(String line) {
        ParseResult parsed = CommandParser.parse(line);
        return parsed instanceof ParseResult.Parsed p && matches(p.command());
    }

    private static boolean glob(String pattern, String value) {
        String regex = Arrays.stream(normalise(pattern).split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.DOTALL).matcher(normalise(value)).matches();
    }

    /** Runs of white space count as one space: "PLAIN  x" and "PLAIN x" mean the same. */
    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
