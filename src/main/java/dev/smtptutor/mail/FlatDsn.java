package dev.smtptutor.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of a delivery-status report (RFC 3464 §2.3) that ended up in plain text: a report forwarded as
 * text, pasted from a mail program, or sent by a server that writes the fields into its notice.
 */
final class FlatDsn {

    private static final Pattern FIELD = Pattern.compile("^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Action|Status|"
            + "Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Will-Retry-Until|Arrival-Date|Received-From-MTA|X-[\\w-]+):\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_RECIPIENT = Pattern.compile("^(?:Final|Original)-Recipient:", Pattern.CASE_INSENSITIVE);

    private FlatDsn() {}

    static List<RecipientStatus> recipients(String text) {
        StringBuilder fields = new StringBuilder();
        boolean inField = false;
        boolean lastWasOriginal = false;
        for (String raw : NoticeReader.unquote(text).split("\\r?\\n")) {
            String line = raw.stripLeading().length() == raw.length() ? raw : raw;
            if (FIELD.matcher(line.strip()).matches() && !Character.isWhitespace(line.isEmpty() ? 'x' : line.charAt(0))
                    || FIELD.matcher(line.strip()).matches() && !inField) {
                String field = line.strip();
                if (STARTS_RECIPIENT.matcher(field).find() && !(lastWasOriginal && field.regionMatches(true, 0, "Final", 0, 5))) {
                    fields.append("\n");
                }
                lastWasOriginal = field.regionMatches(true, 0, "Original-Recipient", 0, 18);
                fields.append(field).append("\n");
                inField = true;
            } else if (inField && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                fields.append(' ').append(line.strip()).append("\n"); // a folded field goes on
            } else {
                inField = false;
            }
        }
        List<RecipientStatus> out = new ArrayList<>();
        if (fields.length() == 0) {
            return out;
        }
        try {
            for (InternetHeaders group : DeliveryStatusFields.all(new ByteArrayInputStream(
                    fields.toString().getBytes(StandardCharsets.UTF_8)))) {
                if (DeliveryStatusFields.isRecipientGroup(group)) {
                    out.add(DeliveryStatusFields.recipient(group));
                }
            }
        } catch (MessagingException | IOException e) {
            return out; // what was read so far stands
        }
        return out;
    }
}
