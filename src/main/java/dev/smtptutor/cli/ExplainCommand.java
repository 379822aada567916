package dev.smtptutor.cli;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.Explanation;
import dev.smtptutor.explain.ExplanationJson;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.explain.ProtocolWords;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.mail.BounceFiles;
import dev.smtptutor.mail.BounceReader;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.MailTexts;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.shell.BounceJson;
import dev.smtptutor.shell.BounceReportView;
import dev.smtptutor.shell.BoundedInput;
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
import java.util.Map;
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
    List<Path> bounces;

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
            throw new CommandLine.ParameterException(spec.commandLine(), CliTexts.get("explain.json-and-quiet"));
        }
        // A bounce or a pasted reply may carry escape sequences: written visibly, never obeyed.
        out = json ? VisibleWriter.json(spec.commandLine().getOut()) : VisibleWriter.text(spec.commandLine().getOut());
        if (bounces != null && !bounces.isEmpty()) {
            return explainBounce();
        }
        ReplyContext context = context();
        if (replies.isEmpty()) {
            if (TerminalCheck.interactive()) {
                spec.commandLine().getErr().println(CliTexts.get("explain.reading-stdin"));
            }
            try {
                read(new InputStreamReader(new BoundedInput(stdin, BoundedInput.REPLIES_CAP), StandardCharsets.UTF_8),
                        context, line -> CliTexts.get("explain.where.line", Map.of("line", line)));
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof BoundedInput.TooLarge tooLarge)) {
                    throw e;
                }
                problem(tooLarge.getMessage());
                return 1;
            }
        } else {
            for (int i = 0; i < replies.size(); i++) {
                String argument = CliTexts.get("explain.where.argument", Map.of("number", i + 1));
                boolean severalLines = replies.get(i).strip().contains("\n");
                read(new StringReader(replies.get(i)), context,
                        line -> severalLines ? CliTexts.get("explain.where.argument-line",
                                Map.of("argument", argument, "line", line)) : argument);
            }
        }
        out.flush();
        if (explained == 0) {
            problem(CliTexts.get("explain.no-reply"));
            return 1;
        }
        return 0;
    }

    /** --bounce FILE...: each bounce read, then every failed recipient explained. */
    private int explainBounce() {
        // After --bounce FILE the other arguments are more files; one that reads as a reply is a mistake.
        if (after != null || replies.stream().anyMatch(r -> r.strip().matches("[2-5]\\d\\d([ -].*)?"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliTexts.get("explain.bounce-alone"));
        }
        List<Path> given = new java.util.ArrayList<>(bounces);
        replies.forEach(name -> given.add(Path.of(name)));
        BounceFiles.Found found = BounceFiles.expand(given);
        if (found.files().isEmpty()) {
            problem(MailTexts.bounce().get("files.none", "folder", bounces.get(0)));
            return 1;
        }
        if (found.truncated()) {
            problem(MailTexts.problems().get("bounce.too-many", "max", BounceFiles.MAX_FILES));
        }
        BounceReportView view = new BounceReportView(Explainer.standard(),
                quiet ? ExplanationText.Detail.SHORT : ExplanationText.Detail.FULL);
        boolean several = found.files().size() > 1;
        int bad = 0;
        for (Path file : found.files()) {
            Checked<BounceReport> read = BounceReader.read(file);
            if (read instanceof Checked.Bad<BounceReport> problem) {
                problem(problem.problem());
                bad++;
                continue;
            }
            BounceReport report = ((Checked.Ok<BounceReport>) read).value();
            if (report.isEmpty()) {
                problem(BounceReportView.nothingFound(file.toString()));
                bad++;
                continue;
            }
            if (json) {
                view.failed(report).forEach(f -> out.println(BounceJson.of(file.toString(), f)));
                if (report.failed().isEmpty()) {
                    view.explanations(report).forEach(e -> out.println(ExplanationJson.of(e)));
                }
            } else {
                if (several) {
                    out.println(MailTexts.bounce().get("file.heading", "file", file));
                }
                view.lines(report).forEach(out::println);
                if (several) {
                    out.println();
                }
            }
            out.flush();
        }
        out.flush();
        return bad == 0 ? 0 : 1;
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
                    problem(CliTexts.get(interrupting ? "explain.not-a-reply.interrupting" : "explain.not-a-reply",
                            Map.of("where", where.apply(number), "line", line, "why", ProtocolWords.replyLine(malformed))));
                }
                lastLine = line;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(CliTexts.get("explain.cannot-read", Map.of("why", FileTrouble.describe(e))), e);
        }
        if (parser.inProgress()) {
            problem(CliTexts.get("explain.unfinished", Map.of("where", where.apply(number), "line", lastLine)));
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
        PrintWriter err = VisibleWriter.text(spec.commandLine().getErr());
        err.println(CliTexts.get("explain.error", Map.of("message", message)));
        err.flush();
    }
}
