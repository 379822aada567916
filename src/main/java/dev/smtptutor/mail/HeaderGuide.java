package dev.smtptutor.mail;

import java.util.Locale;
import java.util.Map;

/** What each header field and MIME part is for, from {@code headers.properties}. */
public final class HeaderGuide {

    private static final MailTexts TEXTS = MailTexts.headers();

    private HeaderGuide() {}

    /** The field explained; an encoded field also says what a reader sees. */
    public static String header(HeaderLine header) {
        String name = header.name().toLowerCase(Locale.ROOT);
        String text = TEXTS.find("header." + name)
                .orElseGet(() -> TEXTS.get(name.startsWith("x-") ? "header.x-field" : "header.unknown",
                        "name", header.name()));
        if (name.equals("content-transfer-encoding")) {
            text = text.replace("{encoding}", encoding(header.value()));
        }
        if (header.encoded()) {
            text += " " + TEXTS.get("header.encoded", "decoded", header.decoded());
        }
        return text;
    }

    /** The part explained: its type, and for a leaf how it was encoded. */
    public static String part(MimePart part) {
        String text;
        if (part.disposition().filter("attachment"::equals).isPresent() || part.fileName().isPresent()
                && !part.isMultipart() && !part.mimeType().startsWith("message/")) {
            text = TEXTS.get("part.attachment", Map.of("file", part.fileName().orElse("?"), "type", part.mimeType()));
        } else {
            text = TEXTS.find("part." + part.mimeType())
                    .or(() -> part.isMultipart() ? TEXTS.find("part.multipart") : java.util.Optional.empty())
                    .orElseGet(() -> TEXTS.get("part.other", "type", part.mimeType()));
        }
        if (part.children().isEmpty() && part.transferEncoding().isPresent()) {
            text += " " + encoding(part.transferEncoding().get());
        }
        return text;
    }

    /** One Content-Transfer-Encoding explained. */
    public static String encoding(String encoding) {
        String name = encoding.strip().toLowerCase(Locale.ROOT);
        return TEXTS.find("encoding." + name).orElseGet(() -> TEXTS.get("encoding.unknown", "encoding", name));
    }

    /** A word of the MIME views ("MIME structure", "N bytes decoded"). */
    public static String word(String key, Map<String, ?> values) {
        return TEXTS.get("mime." + key, values);
    }
}
