package dev.smtptutor.shell;

import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.text.Spelling;
import dev.smtptutor.explain.CommandEntry;
import dev.smtptutor.explain.EnhancedEntry;
import dev.smtptutor.explain.Reference;
import dev.smtptutor.explain.ProtocolWords;
import dev.smtptutor.explain.ReplyCodeEntry;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** /ref, /codes and /explain: the reference and the explainer, without a connection. */
final class ReferenceCommands {

    private ReferenceCommands() {}

    /** /ref [VERB]: the command reference, from the seed reference's twelve commands and more. */
    static final class Ref implements SlashCommand {
        @Override
        public String name() {
            return "ref";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return session.explainer().reference().commands().stream().map(CommandEntry::verb).distinct().toList();
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            Reference reference = session.explainer().reference();
            if (arguments.isBlank()) {
                out.line(row(Messages.get("ref.column.command"), Messages.get("ref.column.category"),
                        Messages.get("ref.column.syntax"), Messages.get("ref.column.description")), out.styles().bold());
                for (CommandEntry entry : reference.commands()) {
                    for (String line : rows(entry.command(), category(entry), entry.syntax(), entry.description(),
                            out.width())) {
                        out.line(line);
                    }
                }
                out.hint(Messages.get("ref.more"));
                return;
            }
            Optional<CommandEntry> entry = reference.command(arguments.strip());
            if (entry.isEmpty()) {
                Optional<String> suggestion = Spelling.closest(arguments.strip(), arguments(session));
                out.warn(suggestion.map(s -> Messages.get("ref.unknown.suggest", Map.of("typed", arguments.strip(),
                        "suggestion", s))).orElse(Messages.get("ref.unknown", "typed", arguments.strip())));
                return;
            }
            CommandEntry e = entry.get();
            out.line(e.command() + "  (" + category(e) + ")", out.styles().bold());
            out.line(Messages.get("ref.syntax", "syntax", e.syntax()));
            out.line("  " + e.description());
            out.line(Messages.get("ref.example", "example", e.example()));
            out.info(Messages.get("ref.rfc", "rfc", e.rfc()));
        }
    }

    /** One line of the /ref table, its columns measured in display width (a Chinese character takes two). */
    static String row(String command, String category, String syntax, String description) {
        int categoryWidth = Math.max(8, categoryWidth());
        return DisplayWidth.padRight(command, 10) + " " + DisplayWidth.padRight(category, categoryWidth) + " "
                + DisplayWidth.padRight(syntax, 32) + " " + description;
    }

    /**
     * The row, its description wrapped in its own column when the terminal is narrower than the row (the
     * terminal's own wrap would start the rest at column 0, under the command names); whole when the
     * width is unknown or leaves the description no room.
     */
    static List<String> rows(String command, String category, String syntax, String description, int width) {
        String first = row(command, category, syntax, "");
        int indent = DisplayWidth.of(first);
        int room = width - indent - 1; // not up to the last column: some terminals wrap there
        if (width <= 0 || room < 20 || DisplayWidth.of(first) + DisplayWidth.of(description) <= width) {
            return List.of(first + description);
        }
        List<String> pieces = DisplayWidth.wrap(description, room, 0);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            lines.add((i == 0 ? first : " ".repeat(indent)) + pieces.get(i).strip());
        }
        return lines;
    }

    /** The widest category name in the current language, so the column fits every one. */
    private static int categoryWidth() {
        int width = DisplayWidth.of(Messages.get("ref.column.category"));
        for (dev.smtptutor.explain.CommandCategory c : dev.smtptutor.explain.CommandCategory.values()) {
            width = Math.max(width, DisplayWidth.of(Messages.get("ref.category." + c.label())));
        }
        return width;
    }

    private static String category(CommandEntry entry) {
        return Messages.get("ref.category." + entry.category().label());
    }

    /** /codes [CODE]: the reply code table, or one basic or enhanced code. */
    static final class Codes implements SlashCommand {
        @Override
        public String name() {
            return "codes";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            Reference reference = session.explainer().reference();
            String code = arguments.strip();
            if (code.isEmpty()) {
                // A column for the extension mark, then the meanings, lined up in display columns.
                String mark = Messages.get("codes.extension");
                for (ReplyCodeEntry entry : reference.replyCodes()) {
                    out.line("  " + entry.code() + "  " + DisplayWidth.padRight(entry.extension() ? mark : "",
                            DisplayWidth.of(mark)) + "  " + entry.meaning());
                }
                out.hint(Messages.get("codes.more"));
                return;
            }
            if (code.matches("[2-5]\\d\\d")) {
                Reply reply = Reply.of(Integer.parseInt(code), "");
                session.renderer().explainAlways(session.explainer().explain(reply, ReplyContext.none()));
                return;
            }
            Optional<EnhancedStatusCode> enhanced = EnhancedStatusCode.parse(code);
            Optional<EnhancedEntry> entry = enhanced.flatMap(reference::enhanced);
            if (enhanced.isPresent()) {
                int basic = enhanced.get().codeClass() * 100 + 50; // 250, 450 or 550: any code of the class
                Reply reply = Reply.of(basic, code, entry.map(EnhancedEntry::title).orElse(""));
                out.line(code + entry.map(e -> "  \"" + e.title() + "\"").orElse("  " + Messages.get("codes.unregistered")),
                        out.styles().bold());
                session.explainer().explain(reply, ReplyContext.none()).enhanced()
                        .ifPresent(m -> out.line("  " + m.plain()));
                return;
            }
            out.warn(Messages.get("codes.bad", "typed", code));
        }
    }

    /** /explain LINE | --bounce FILE | off | short | full: explain a pasted reply or a bounce, or set how much is explained. */
    static final class Explain implements SlashCommand {
        @Override
        public String name() {
            return "explain";
        }

        @Override
        public List<String> arguments(ShellSession session) {
            return List.of("off", "short", "full", BounceExplain.OPTION);
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            Optional<DetailLevel> level = DetailLevel.parse(arguments);
            if (level.isPresent()) {
                session.renderer().detail(level.get());
                out.info(Messages.get("explain.level", "level", level.get().word()));
                return;
            }
            if (arguments.isBlank()) {
                out.info(Messages.get("explain.usage", "level", session.renderer().detail().word()));
                return;
            }
            if (arguments.startsWith(BounceExplain.OPTION)) {
                BounceExplain.run(arguments.substring(BounceExplain.OPTION.length()).strip(), session);
                return;
            }
            ReplyParser.ParsedText parsed = ReplyParser.parseAll(arguments.replace("\\n", "\n"));
            for (Reply reply : parsed.replies()) {
                session.renderer().printReply(reply, false);
                session.renderer().explainAlways(session.explainer().explain(reply, ReplyContext.none()));
            }
            for (ReplyParser.Malformed problem : parsed.problems()) {
                out.warn(Messages.get("explain.not-a-reply", Map.of("line", problem.line(), "why", ProtocolWords.replyLine(problem))));
            }
        }
    }
}
