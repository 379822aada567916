package dev.smtptutor.shell;

import dev.smtptutor.explain.Cause;
import dev.smtptutor.explain.EnhancedMeaning;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.Explanation;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.FoundReply;
import dev.smtptutor.mail.MailTexts;
import dev.smtptutor.mail.RecipientStatus;
import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A bounce explained, as plain text lines for the shell and for {@code explain --bounce}: who sent it,
 * then per recipient the Action, the Status, the remote host, the reply it gave and the cause, then any
 * other reply quoted in the text and what could not be read. Every reply and status code is explained by
 * the {@link Explainer}.
 */
public final class BounceReportView {

    private static final MailTexts TEXTS = MailTexts.bounce();
    private static final String INDENT = "  ";
    private static final String EXPLAIN = "      ";

    private final Explainer explainer;
    private final ExplanationText.Detail detail;

    public BounceReportView(Explainer explainer, ExplanationText.Detail detail) {
        this.explainer = explainer;
        this.detail = detail;
    }

    /** One failed recipient with everything the tutor worked out about it (for --json and for tests). */
    public record FailedRecipient(RecipientStatus status, Optional<Explanation> explanation, Optional<Cause> cause) {}

    /** Each failed (or delayed) recipient, its reply explained and its cause found. */
    public List<FailedRecipient> failed(BounceReport report) {
        List<FailedRecipient> out = new ArrayList<>();
        for (RecipientStatus r : report.failed()) {
            Optional<Explanation> explanation = r.reply().map(reply -> explain(reply, r.answering(), Optional.of(r.recipient())));
            out.add(new FailedRecipient(r, explanation, cause(r, explanation)));
        }
        return out;
    }

    /** Each reply's explanation, in the order the lines show them. */
    public List<Explanation> explanations(BounceReport report) {
        List<Explanation> out = new ArrayList<>();
        report.recipients().forEach(r -> r.reply().ifPresent(reply -> out.add(explain(reply, r.answering(),
                Optional.of(r.recipient())))));
        report.replies().forEach(f -> out.add(explain(f.reply(), f.answering(), Optional.empty())));
        return out;
    }

    public List<String> lines(BounceReport report) {
        List<String> out = new ArrayList<>();
        report.from().ifPresent(from -> out.add(TEXTS.get("heading", "from", from)));
        report.subject().ifPresent(subject -> out.add(TEXTS.get("subject", "subject", subject)));
        out.add(TEXTS.get(report.kind() == BounceReport.Kind.DELIVERY_STATUS ? "kind.delivery-status" : "kind.plain-text"));
        if (report.forwarded()) {
            out.add(TEXTS.get("forwarded"));
        }
        report.reportingMta().ifPresent(mta -> out.add(TEXTS.get("reporting-mta", "mta", mta)));
        for (RecipientStatus recipient : report.recipients()) {
            out.add("");
            recipient(recipient, out::add);
        }
        for (FoundReply found : report.replies()) {
            out.add("");
            out.add(TEXTS.get("found", "where", found.where()));
            found.answering().ifPresent(command -> out.add(INDENT + TEXTS.get("answering", "command", command)));
            reply(found.reply(), explain(found.reply(), found.answering(), Optional.empty()), out::add);
        }
        if (!report.problems().isEmpty()) {
            out.add("");
            report.problems().forEach(out::add);
        }
        return out;
    }

    private void recipient(RecipientStatus recipient, Consumer<String> out) {
        out.accept(TEXTS.get("recipient", "recipient", recipient.recipient()));
        recipient.action().ifPresent(action -> out.accept(INDENT + TEXTS.get("field.action", "action",
                TEXTS.find("action." + action.toLowerCase(Locale.ROOT))
                        .orElseGet(() -> TEXTS.get("action.other", "action", action)))));
        recipient.status().ifPresent(status -> {
            out.accept(INDENT + TEXTS.get("field.status", "status", status));
            enhanced(status).ifPresent(meaning -> out.accept(EXPLAIN + meaning));
        });
        recipient.remoteMta().ifPresent(mta -> out.accept(INDENT + TEXTS.get("remote-mta", "mta", mta)));
        recipient.diagnosticCode().ifPresent(code -> out.accept(INDENT + TEXTS.get("field.diagnostic", "diagnostic", code)));
        if (recipient.diagnosticCode().isPresent() && recipient.reply().isEmpty()) {
            out.accept(EXPLAIN + TEXTS.get("diagnostic.no-reply"));
        }
        recipient.answering().ifPresent(command -> out.accept(INDENT + TEXTS.get("answering", "command", command)));
        Optional<Explanation> explanation = recipient.reply().map(reply -> explain(reply, recipient.answering(),
                Optional.of(recipient.recipient())));
        explanation.ifPresent(e -> reply(e.reply(), e, out));
        // A cause the reply's explanation already shows is not repeated; one found from the codes or from a
        // diagnostic without a reply is shown here.
        boolean shown = explanation.flatMap(Explanation::cause).filter(Cause::fromWords).isPresent();
        if (!shown) {
            cause(recipient, explanation).ifPresent(c -> {
                out.accept(INDENT + TEXTS.get("cause", "cause", c.words()));
                if (detail == ExplanationText.Detail.FULL) {
                    out.accept(INDENT + TEXTS.get("cause.sender", "action", c.senderAction()));
                    out.accept(INDENT + TEXTS.get("cause.admin", "action", c.adminAction()));
                }
            });
        }
    }

    /** The cause: the reply's, else one read from the status and the diagnostic's words. */
    private Optional<Cause> cause(RecipientStatus r, Optional<Explanation> explanation) {
        Optional<Cause> fromReply = explanation.flatMap(Explanation::cause);
        if (fromReply.filter(Cause::fromWords).isPresent()) {
            return fromReply;
        }
        int code = r.reply().map(Reply::code).orElseGet(() -> r.status().map(s -> s.codeClass() * 100 + 50)
                .orElse(r.action().filter(a -> a.equalsIgnoreCase("delayed")).isPresent() ? 450 : 550));
        String words = String.join(" ", r.reply().map(Reply::text).orElse(""), r.diagnosticCode().orElse(""));
        Optional<Cause> fromWords = explainer.cause(code, r.status().or(() -> r.reply().flatMap(Reply::enhanced)), words);
        return fromWords.filter(Cause::fromWords).or(() -> fromReply).or(() -> fromWords);
    }

    private void reply(Reply reply, Explanation explanation, Consumer<String> out) {
        reply.wireLines().forEach(line -> out.accept(INDENT + line));
        ExplanationText.lines(explanation, detail).forEach(line -> out.accept(EXPLAIN + line));
    }

    /**
     * The reply explained at the moment it answered, when the bounce names it: after RCPT TO a 550
     * means "no such mailbox", after the final dot "the message was refused".
     */
    private Explanation explain(Reply reply, Optional<String> answering, Optional<String> recipient) {
        ReplyContext context = answering.map(FoundReply::commandLine)
                .map(line -> line.equals(".") ? ReplyContext.endOfData()
                        : ReplyContext.afterLine(line.equals("RCPT TO:<>") && recipient.isPresent()
                                ? "RCPT TO:<" + recipient.get() + ">" : line))
                .orElseGet(ReplyContext::none);
        return explainer.explain(reply, context);
    }

    /** An enhanced status code on its own (RFC 3463), explained through a reply of its class. */
    private Optional<String> enhanced(EnhancedStatusCode status) {
        Reply carrier = Reply.of(status.codeClass() * 100 + 50, status.toString(), "");
        return explainer.explain(carrier, ReplyContext.none()).enhanced().map(BounceReportView::describe);
    }

    private static String describe(EnhancedMeaning meaning) {
        return meaning.code() + meaning.title().map(t -> " \"" + t + "\"").orElse("") + ": " + meaning.plain();
    }

    /** What to say when a file held nothing to explain. */
    public static String nothingFound(String file) {
        return TEXTS.get("nothing", Map.of("file", file));
    }
}
