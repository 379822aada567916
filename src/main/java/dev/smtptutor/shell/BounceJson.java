package dev.smtptutor.shell;

import dev.smtptutor.explain.ExplanationJson;
import dev.smtptutor.mail.RecipientStatus;
import dev.smtptutor.protocol.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", file);
        fields.put("recipient", r.recipient());
        fields.put("action", r.action().orElse(null));
        fields.put("status", r.status().map(Object::toString).orElse(null));
        fields.put("remote_host", r.remoteMta().orElse(null));
        fields.put("reply_code", reply.map(Reply::code).orElse(null));
        fields.put("reply_text", reply.map(x -> x.text().replaceAll("\\s*\\n\\s*", " ")).orElse(null));
        fields.put("reply", reply.map(Reply::wireLines).orElse(null));
        fields.put("diagnostic", r.diagnosticCode().orElse(null));
        fields.put("answering", r.answering().orElse(null));
        fields.put("cause", failed.cause().map(ExplanationJson::cause).orElse(null));
        fields.put("explanation", failed.explanation().map(ExplanationJson::fields).orElse(null));
        return ExplanationJson.write(fields);
    }
}
