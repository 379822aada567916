package dev.smtptutor.cli;

import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.HeaderLine;
import dev.smtptutor.mail.MessageParser;
import dev.smtptutor.mail.MimePart;
import dev.smtptutor.mail.ParsedMessage;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.web.HeaderField;
import dev.smtptutor.web.MessageView;
import dev.smtptutor.web.MimeNode;
import dev.smtptutor.web.TranscriptLine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The web pages' plain values made from the tutor's own: a reply with its explanation, a message's
 * bytes taken apart by the mail package. Here, in cli, because the web package may not reach into
 * protocol or mail (design.md), and the classroom's binding and the tests share it.
 */
public final class WebViews {

    private WebViews() {}

    /** A reply, explained as the shell explains it, after the client line it answered (empty: the greeting). */
    public static TranscriptLine reply(Instant at, Reply reply, Optional<String> answering, Optional<SmtpState> stateBefore,
                                       boolean tls) {
        ReplyContext context = answering.map(line -> line.equals(".") ? ReplyContext.endOfData()
                        : stateBefore.map(s -> ReplyContext.afterLine(line, s)).orElseGet(() -> ReplyContext.afterLine(line)))
                .orElseGet(ReplyContext::greeting).withTls(tls);
        List<String> explanation = ExplanationText.lines(Explainer.standard().explain(reply, context),
                ExplanationText.Detail.FULL).stream().map(String::strip).toList();
        return new TranscriptLine(at, TranscriptLine.Side.SERVER, reply.wireLines(), tls, reply.code(), explanation);
    }

    public static TranscriptLine client(Instant at, String line, boolean tls) {
        return new TranscriptLine(at, TranscriptLine.Side.CLIENT, List.of(line), tls, 0, List.of());
    }

    /** A message the server accepted, headers and MIME tree decoded; an unreadable one says why. */
    public static MessageView message(String id, Instant received, String mailFrom, List<String> rcptTo, byte[] content) {
        Checked<ParsedMessage> parsed = MessageParser.parse(content);
        if (parsed instanceof Checked.Ok<ParsedMessage> ok) {
            List<HeaderField> headers = ok.value().headers().stream()
                    .map((HeaderLine h) -> new HeaderField(h.name(), h.value(), h.decoded())).toList();
            return new MessageView(id, received, mailFrom, rcptTo, headers, node(ok.value().body()), "");
        }
        MimeNode raw = new MimeNode("", "text/plain", "", "", "", "", content.length, "", List.of());
        return new MessageView(id, received, mailFrom, rcptTo, List.of(), raw, ((Checked.Bad<ParsedMessage>) parsed).problem());
    }

    private static MimeNode node(MimePart part) {
        return new MimeNode(part.number(), part.mimeType(), part.contentType(), part.transferEncoding().orElse(""),
                part.disposition().orElse(""), part.fileName().orElse(""), part.decodedSize(), part.text().orElse(""),
                part.children().stream().map(WebViews::node).toList());
    }
}
