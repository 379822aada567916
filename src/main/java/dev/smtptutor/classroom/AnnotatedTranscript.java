package dev.smtptutor.classroom;

import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A transcript entry's reply explained as the tutor explains it in the shell, in its context. */
final class AnnotatedTranscript {

    private final Explainer explainer;

    AnnotatedTranscript(Explainer explainer) {
        this.explainer = explainer;
    }

    Optional<String> explain(Entry entry) {
        Optional<Reply> reply = entry.parsedReply();
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        ReplyContext context = switch (entry.kind()) {
            case "greeting" -> ReplyContext.greeting();
            case Entry.COMMAND -> ReplyContext.afterLine(entry.sent().get(0), state(entry.before()));
            case Entry.MESSAGE_TEXT -> ReplyContext.endOfData();
            case Entry.AUTH_RESPONSE -> ReplyContext.authResponse(entry.mechanism() == null ? "PLAIN" : entry.mechanism(), 1);
            default -> ReplyContext.none();
        };
        try {
            return Optional.of(explainer.explain(reply.get(), context.withTls(entry.inTls())).summary());
        } catch (RuntimeException e) {
            return Optional.empty(); // an odd reply is shown unexplained, never breaks the report
        }
    }


    private static SmtpState state(String name) {
        try {
            return name == null ? SmtpState.GREETED : SmtpState.valueOf(name);
        } catch (IllegalArgumentException e) {
            return SmtpState.GREETED;
        }
    }
}
