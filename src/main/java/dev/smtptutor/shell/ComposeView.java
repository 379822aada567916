package dev.smtptutor.shell;

import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.ComposedMessage;
import dev.smtptutor.mail.HeaderGuide;
import dev.smtptutor.mail.HeaderLine;
import dev.smtptutor.mail.MessageParser;
import dev.smtptutor.mail.ParsedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shows a composed message as it will travel after DATA: each header with what it is for, the body
 * with long base64 runs shortened, then the MIME tree with each part explained.
 */
final class ComposeView {

    private static final String EXPLAIN = "      ";
    // A line of base64 as MIME writes it (RFC 2045 §6.8): only the base64 alphabet, 76 characters at most.
    private static final Pattern BASE64_LINE = Pattern.compile("[A-Za-z0-9+/]{40,76}={0,2}");
    private static final int BASE64_SHOWN = 2;

    private ComposeView() {}

    static void show(ShellOutput out, ComposedMessage message) {
        out.line(Messages.get("compose.heading", "bytes", message.content().length), out.styles().bold());
        List<String> lines = message.lines();
        int blank = lines.indexOf("");
        List<String> headerLines = blank < 0 ? lines : lines.subList(0, blank);
        List<String> body = blank < 0 ? List.of() : lines.subList(blank + 1, lines.size());
        Checked<ParsedMessage> parsed = MessageParser.parse(message.content());
        List<HeaderLine> headers = parsed instanceof Checked.Ok<ParsedMessage> ok ? ok.value().headers() : List.of();
        List<List<String>> groups = headerGroups(headerLines);
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).forEach(line -> out.line("  " + line));
            if (i < headers.size()) {
                out.wrapped(EXPLAIN + HeaderGuide.header(headers.get(i)), out.styles().dim());
            }
        }
        out.line("");
        shortened(body).forEach(line -> out.line("  " + line));
        out.blank();
        if (parsed instanceof Checked.Ok<ParsedMessage> ok) {
            MessageView.tree(out, ok.value().body(), false);
        }
    }

    /** Header lines grouped by field: a line starting with white space continues the field before it. */
    static List<List<String>> headerGroups(List<String> headerLines) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : headerLines) {
            boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !groups.isEmpty();
            if (continuation) {
                groups.get(groups.size() - 1).add(line);
            } else {
                groups.add(new ArrayList<>(List.of(line)));
            }
        }
        return groups;
    }

    /** The body with each long run of base64 lines cut to its first lines and a count of the rest. */
    static List<String> shortened(List<String> body) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            int run = i;
            while (run < body.size() && BASE64_LINE.matcher(body.get(run)).matches()) {
                run++;
            }
            int length = run - i;
            if (length > BASE64_SHOWN + 1) {
                out.addAll(body.subList(i, i + BASE64_SHOWN));
                out.add(Messages.get("compose.base64-cut", "count", length - BASE64_SHOWN));
                i = run;
            } else if (length > 0) {
                out.addAll(body.subList(i, run));
                i = run;
            } else {
                out.add(body.get(i++));
            }
        }
        return out;
    }
}
