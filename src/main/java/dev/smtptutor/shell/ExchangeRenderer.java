package dev.smtptutor.shell;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.Explanation;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.protocol.Reply;
import java.util.List;
import org.jline.utils.AttributedStyle;

/**
 * Prints one exchange the way swaks users read a session ({@code " -> "} sent, {@code "<-  "}
 * received, {@code ~>}/{@code <~} under TLS), with the explanation under each reply.
 */
final class ExchangeRenderer {

    private static final String INDENT = "     ";
    /** Wrapped explanation lines continue under the text, past the label column ("here      "). */
    private static final int HANGING = INDENT.length() + 10;

    private final ShellOutput out;
    private final Explainer explainer;
    private final ReplyContextTracker contexts = new ReplyContextTracker();
    private DetailLevel detail;

    ExchangeRenderer(ShellOutput out, Explainer explainer, DetailLevel detail) {
        this.out = out;
        this.explainer = explainer;
        this.detail = detail;
    }

    DetailLevel detail() {
        return detail;
    }

    void detail(DetailLevel level) {
        this.detail = level;
    }

    /** Renders an exchange; {@code echoSent} when the learner did not type the lines themselves. */
    void render(Exchange exchange, boolean echoSent) {
        if (echoSent) {
            for (String line : exchange.sent()) {
                out.line((exchange.tls() ? " ~> " : " -> ") + line, out.styles().dim());
            }
        }
        if (exchange.reply().isEmpty()) {
            return;
        }
        Reply reply = exchange.reply().get();
        printReply(reply, exchange.tls());
        explain(explainer.explain(reply, contexts.of(exchange)));
    }

    void printReply(Reply reply, boolean tls) {
        for (String line : reply.wireLines()) {
            out.line((tls ? "<~  " : "<-  ") + line, out.styles().replyClass(reply.replyClass()));
        }
    }

    void explain(Explanation explanation) {
        if (detail != DetailLevel.OFF) {
            print(explanation, detail);
        }
    }

    /** Explains in full whatever the level: the learner asked for it (/explain LINE, /codes CODE). */
    void explainAlways(Explanation explanation) {
        print(explanation, DetailLevel.FULL);
    }

    private void print(Explanation explanation, DetailLevel level) {
        List<String> lines = ExplanationText.lines(explanation,
                level == DetailLevel.FULL ? ExplanationText.Detail.FULL : ExplanationText.Detail.SHORT);
        for (String line : lines) {
            AttributedStyle style = line.startsWith("next ") ? out.styles().hint() : out.styles().dim();
            for (String part : TextWrap.wrap(INDENT + line, out.width(), HANGING)) {
                out.print(ShellOutput.builder().styled(style, part).toAttributedString());
            }
        }
    }
}
