package dev.smtptutor.mail;

import dev.smtptutor.protocol.EnhancedStatusCode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of a message/delivery-status part (RFC 3464 §2.1): groups of header-like fields separated
 * by blank lines, the first about the message, each further one about one recipient. Jakarta Mail's
 * {@link InternetHeaders} reads each group, unfolding long fields as it does for any header.
 */
final class DeliveryStatusFields {

    /** The per-message group and the per-recipient groups, in order. */
    record Groups(InternetHeaders perMessage, List<InternetHeaders> perRecipient) {}

    private DeliveryStatusFields() {}

    static Groups read(InputStream in) throws MessagingException, IOException {
        List<InternetHeaders> groups = all(in);
        if (groups.isEmpty()) {
            return new Groups(new InternetHeaders(), List.of());
        }
        return new Groups(groups.get(0), List.copyOf(groups.subList(1, groups.size())));
    }

    /** Every group of fields, in order. */
    static List<InternetHeaders> all(InputStream in) throws MessagingException, IOException {
        PushbackInputStream stream = new PushbackInputStream(in, 2);
        List<InternetHeaders> groups = new ArrayList<>();
        while (skipBlankLines(stream)) {
            InternetHeaders group = new InternetHeaders(stream);
            if (group.getAllHeaderLines().hasMoreElements()) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** True for a group about one recipient (RFC 3464 §2.3: Final-Recipient is required there). */
    static boolean isRecipientGroup(InternetHeaders group) {
        return field(group, "Final-Recipient").or(() -> field(group, "Original-Recipient")).isPresent();
    }

    /** Steps over empty lines between groups; false at the end of the part. */
    private static boolean skipBlankLines(PushbackInputStream in) throws IOException {
        int b;
        while ((b = in.read()) == '\r' || b == '\n') {
            // a separator line
        }
        if (b < 0) {
            return false;
        }
        in.unread(b);
        return true;
    }

    /** One recipient's fields as a {@link RecipientStatus}. */
    static RecipientStatus recipient(InternetHeaders fields) {
        String recipient = field(fields, "Final-Recipient").or(() -> field(fields, "Original-Recipient"))
                .map(DeliveryStatusFields::withoutType).orElse("?");
        Optional<String> diagnostic = field(fields, "Diagnostic-Code");
        return new RecipientStatus(recipient, field(fields, "Action"),
                field(fields, "Status").flatMap(DeliveryStatusFields::statusCode), diagnostic,
                diagnostic.flatMap(DiagnosticCode::reply), field(fields, "Remote-MTA").map(DeliveryStatusFields::withoutType),
                Optional.empty());
    }

    /** A field's value, unfolded; empty when absent or blank. */
    static Optional<String> field(InternetHeaders fields, String name) {
        String value = fields.getHeader(name, " ");
        return Optional.ofNullable(value).map(v -> MimeUtility.unfold(v).strip().replaceAll("\\s+", " "))
                .filter(v -> !v.isEmpty());
    }

    /** "rfc822; bob@example.net" and "dns; mx.example.net" name their type first (RFC 3464 §2.1.2). */
    static String withoutType(String value) {
        int semicolon = value.indexOf(';');
        return semicolon < 0 ? value.strip() : value.substring(semicolon + 1).strip();
    }

    /** "5.1.1", or "5.1.1 (bad destination)" with a comment some servers add. */
    private static Optional<EnhancedStatusCode> statusCode(String value) {
        return EnhancedStatusCode.parse(value.split("[\\s(]", 2)[0]);
    }
}
