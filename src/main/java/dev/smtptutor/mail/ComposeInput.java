package dev.smtptutor.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks each answer to /compose the moment it is typed, so a learner hears what is wrong with the
 * field they just filled in, in words naming the field and the value.
 */
public final class ComposeInput {

    private ComposeInput() {}

    /**
     * A comma-separated address list as RFC 5322 §3.4 writes it, checked strictly by Jakarta Mail.
     *
     * @param field    the header the list is for ("From", "To", "Cc"), named in any problem
     * @param required whether an empty answer is a problem
     */
    public static Checked<List<MailAddress>> addresses(String field, String typed, boolean required) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return required ? Checked.bad(MailTexts.problems().get("address.missing", "field", field))
                    : Checked.ok(List.of());
        }
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parse(text, true);
        } catch (AddressException e) {
            return Checked.bad(bad(field, text, e));
        }
        List<MailAddress> out = new ArrayList<>();
        for (InternetAddress address : parsed) {
            try {
                address.validate();
            } catch (AddressException e) {
                return Checked.bad(bad(field, address.toUnicodeString(), e));
            }
            if (address.isGroup()) {
                return Checked.bad(MailTexts.problems().get("address.group", Map.of("field", field, "typed", text)));
            }
            out.add(new MailAddress(address.getAddress(), Optional.ofNullable(address.getPersonal())));
        }
        if (out.isEmpty()) {
            return Checked.bad(MailTexts.problems().get("address.missing", "field", field));
        }
        return Checked.ok(List.copyOf(out));
    }

    /** One address only, as From: needs for MAIL FROM. */
    public static Checked<MailAddress> sender(String field, String typed) {
        return addresses(field, typed, true).flatMap(list -> list.size() == 1 ? Checked.ok(list.get(0))
                : Checked.bad(MailTexts.problems().get("address.one-sender", Map.of("field", field,
                        "typed", typed.strip()))));
    }

    /** A file to attach: empty for none; otherwise it must exist, be a regular file and be readable. */
    public static Checked<Optional<Path>> attachment(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return Checked.ok(Optional.empty());
        }
        Path file;
        try {
            file = Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
        } catch (InvalidPathException e) {
            return Checked.bad(MailTexts.problems().get("attachment.bad-name", "file", text));
        }
        if (!Files.exists(file)) {
            return Checked.bad(MailTexts.problems().get("attachment.missing", "file", file.toAbsolutePath()));
        }
        if (!Files.isRegularFile(file)) {
            return Checked.bad(MailTexts.problems().get("attachment.not-a-file", "file", file.toAbsolutePath()));
        }
        if (!Files.isReadable(file)) {
            return Checked.bad(MailTexts.problems().get("attachment.unreadable", "file", file.toAbsolutePath()));
        }
        return Checked.ok(Optional.of(file));
    }

    private static String bad(String field, String typed, AddressException e) {
        // Jakarta Mail's reason ("Missing final '@domain'", "Domain contains illegal character") names
        // the grammar rule broken; the tutor adds which field and what was typed.
        String reason = e.getMessage() == null ? "" : e.getMessage();
        int inString = reason.indexOf(" in string ``");
        if (inString > 0) {
            reason = reason.substring(0, inString);
        }
        return MailTexts.problems().get("address.invalid", Map.of("field", field, "typed", typed, "why", reason));
    }
}
