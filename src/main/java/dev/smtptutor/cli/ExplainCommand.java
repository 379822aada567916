package dev.smtptutor.cli;

import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.Explanation;
import dev.smtptutor.explain.ExplanationJson;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.mail.BounceReader;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.Checked;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.shell.BounceReportView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain}: SMTP replies in plain words, from the command line or a pipe. Output is plain text with
 * no colour, so it reads the same in a terminal, a file or a script.
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPLY", arity = "0..*",
            descriptionKey = "param.reply")
    List<String> replies = List.of();

    @Option(names = "--after", paramLabel = "LINE")
    String after;

    @Option(names = "--bounce", paramLabel = "FILE")
    Path bounce;

    @Option(names = "--json")
    boolean json;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream stdin;
    private PrintWriter out;
    private int explained;

    ExplainCommand() {
        this(System.in);
    }

    ExplainCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (json && quiet) {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose either --json or --quiet, not both");
        }
        out = spec.commandLine().getOut();
        if (bounce != null) {
            return explainBounce();
        }
        ReplyContext context = context();
        if (replies.isEmpty()) {
            if (System.console() != null) {
                spec.commandLine().getErr().println("Reading replies from standard input; end with Ctrl-D.");
            }
            read(new InputStreamReader(stdin, StandardCharsets.UTF_8), context, line -> "line " + line);
        } else {
            for (int i = 0; i < replies.size(); i++) {
                String argument = "argument " + (i + 1);
                boolean severalLines = replies.get(i).strip().contains("\n");
                read(new StringReader(replies.get(i)), context,
                        line -> severalLines ? argument + ", line " + line : argument);
            }
        }
        out.flush();
        if (explained == 0) {
            problem("no reply found to explain; a reply starts with a three-digit code, e.g. 250 OK");
            return 1;
        }
        return 0;
    }

    /** --bounce FILE: the bounce read with Jakarta Mail, then each reply and status code explained. */
    private int explainBounce() {
        if (!replies.isEmpty() || after != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bounce reads its replies from the file: give no REPLY and no --after with it");
        }
        Checked<BounceReport> read = BounceReader.read(bounce);
        if (read instanceof Checked.Bad<BounceReport> bad) {
            problem(bad.problem());
            return 1;
        }
        BounceReport report = ((Checked.Ok<BounceReport>) read).value();
        if (report.isEmpty()) {
            problem(BounceReportView.nothingFound(bounce.toString()));
            return 1;
        }
        BounceReportView view = new BounceReportView(Explainer.standard(),
                quiet ? ExplanationText.Detail.SHORT : ExplanationText.Detail.FULL);
        if (json) {
            view.explanations(report).forEach(e -> out.println(ExplanationJson.of(e)));
        } else {
            view.lines(report).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private ReplyContext context() {
        if (after == null) {
            return ReplyContext.none();
        }
        return switch (after.strip().toLowerCase(Locale.ROOT)) {
            case "connect" -> ReplyContext.greeting();
            case "." -> ReplyContext.endOfData();
            default -> ReplyContext.afterLine(after);
        };
    }

    /** Feeds the lines to a reply parser (RFC 5321 §4.2.1), explaining each reply as soon as it is complete. */
    private void read(Reader source, ReplyContext context, IntFunction<String> where) {
        ReplyParser parser = new ReplyParser();
        int number = 0;
        String lastLine = "";
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                boolean interrupting = parser.inProgress();
                ReplyParser.Result result = parser.accept(line);
                if (result instanceof ReplyParser.Complete complete) {
                    print(Explainer.standard().explain(complete.reply(), context));
                } else if (result instanceof ReplyParser.Malformed malformed) {
                    problem(where.apply(number) + ": \"" + line + "\" is not a reply line: " + malformed.why()
                            + (interrupting ? " (the unfinished reply before it is skipped)" : ""));
                }
                lastLine = line;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the replies: " + e.getMessage(), e);
        }
        if (parser.inProgress()) {
            problem(where.apply(number) + ": the input ends in the middle of a multi-line reply, after \""
                    + lastLine + "\" (its last line has a space after the code, not a hyphen)");
        }
    }

    private void print(Explanation explanation) {
        Reply reply = explanation.reply();
        if (json) {
            out.println(ExplanationJson.of(explanation));
        } else if (quiet) {
            ExplanationText.lines(explanation, ExplanationText.Detail.SHORT).forEach(out::println);
        } else {
            if (explained > 0) {
                out.println();
            }
            reply.wireLines().forEach(out::println);
            ExplanationText.lines(explanation, ExplanationText.Detail.FULL).forEach(l -> out.println("  " + l));
        }
        out.flush();
        explained++;
    }

    private void problem(String message) {
        out.flush();
        spec.commandLine().getErr().println("smtp-tutor explain: " + message);
    }
}
