package dev.smtptutor.shell;

import dev.smtptutor.explain.ExplanationJson;
import dev.smtptutor.mail.RecipientStatus;
import dev.smtptutor.protocol.Reply;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One failed recipient of a bounce as one line of JSON (RFC 8259): {@code file}, {@code recipient},
 * {@code action}, {@code status}, {@code remote_host}, {@code reply_code}, {@code reply_text}, {@code reply}
 * (its wire lines), {@code diagnostic}, {@code answering}, {@code cause} and {@code explanation} (the
 * reply explained, as {@code explain --json} prints it). Absent parts are {@code null}.
 */
public final class BounceJson {

    private BounceJson() {}

    public static String of(String file, BounceReportView.FailedRecipient failed) {
        RecipientStatus r = failed.status();
        Optional<Reply> reply = r.reply();
        return "{"
                + field("file", ExplanationJson.string(file)) + ","
                + field("recipient", ExplanationJson.string(r.recipient())) + ","
                + field("action", nullable(r.action())) + ","
                + field("status", nullable(r.status().map(Object::toString))) + ","
                + field("remote_host", nullable(r.remoteMta())) + ","
                + field("reply_code", reply.map(x -> String.valueOf(x.code())).orElse("null")) + ","
                + field("reply_text", nullable(reply.map(x -> x.text().replaceAll("\\s*\\n\\s*", " ")))) + ","
                + field("reply", reply.map(x -> x.wireLines().stream().map(ExplanationJson::string)
                        .collect(Collectors.joining(",", "[", "]"))).orElse("null")) + ","
                + field("diagnostic", nullable(r.diagnosticCode())) + ","
                + field("answering", nullable(r.answering())) + ","
                + field("cause", failed.cause().map(ExplanationJson::cause).orElse("null")) + ","
                + field("explanation", failed.explanation().map(ExplanationJson::of).orElse("null"))
                + "}";
    }

    private static String field(String name, String json) {
        return ExplanationJson.string(name) + ":" + json;
    }

    private static String nullable(Optional<String> value) {
        return value.map(ExplanationJson::string).orElse("null");
    }
}
