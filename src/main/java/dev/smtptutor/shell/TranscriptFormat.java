package dev.smtptutor.shell;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.UntrustedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A session written out the way swaks prints one: " -> " what the client sent, "<-  " what the
 * server answered, " ~>" and "<~ " under TLS. Credentials are already masked in the exchanges.
 */
final class TranscriptFormat {

    private TranscriptFormat() {}

    static List<String> plain(List<Exchange> exchanges) {
        List<String> lines = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            String sent = exchange.tls() ? " ~> " : " -> ";
            String received = exchange.tls() ? "<~  " : "<-  ";
            // A saved transcript is read in a terminal later (cat, less -R): control characters the
            // server sent are written out visibly, never stored raw.
            exchange.sent().forEach(line -> lines.add(sent + UntrustedText.visible(line)));
            exchange.reply().ifPresent(reply -> reply.wireLines()
                    .forEach(line -> lines.add(received + UntrustedText.visible(line))));
            exchange.failure().ifPresent(problem -> lines.add("!!  " + problem.name()));
        }
        return lines;
    }

    /** Markdown: the session as a code block per exchange, each reply followed by its explanation. */
    static String markdown(List<Exchange> exchanges, Explainer explainer, String target) {
        ReplyContextTracker contexts = new ReplyContextTracker();
        StringBuilder out = new StringBuilder();
        out.append(Messages.get("transcript.title", "target", target)).append("\n\n");
        out.append(Messages.get("transcript.legend")).append("\n\n");
        for (Exchange exchange : exchanges) {
            out.append("```\n");
            plain(List.of(exchange)).forEach(line -> out.append(line).append('\n'));
            out.append("```\n");
            if (exchange.reply().isPresent()) {
                Reply reply = exchange.reply().get();
                for (String line : ExplanationText.lines(explainer.explain(reply, contexts.of(exchange)),
                        ExplanationText.Detail.FULL)) {
                    out.append("> ").append(UntrustedText.visibleKeepingLayout(line.stripTrailing())).append("  \n");
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
