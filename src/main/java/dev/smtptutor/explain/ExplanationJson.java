package dev.smtptutor.explain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An explanation as one line of JSON (RFC 8259), for scripts: {@code code}, {@code class}, {@code enhanced},
 * {@code enhanced_title}, {@code meaning} (the most precise meaning), {@code next}, {@code cause} (the reason behind a failure), and every other part.
 * Absent parts are {@code null}. Written by hand to keep the tutor free of a JSON library.
 */
public final class ExplanationJson {

    private ExplanationJson() {}

    public static String of(Explanation e) {
        Optional<EnhancedMeaning> enhanced = e.enhanced();
        return "{"
                + field("reply", array(e.reply().wireLines())) + ","
                + field("code", String.valueOf(e.code())) + ","
                + field("class", string(e.replyClass().title())) + ","
                + field("class_meaning", string(e.classMeaning())) + ","
                + field("rfc", nullable(e.rfcWording())) + ","
                + field("code_meaning", string(e.codeMeaning())) + ","
                + field("enhanced", nullable(enhanced.map(m -> m.code().toString()))) + ","
                + field("enhanced_title", nullable(enhanced.flatMap(EnhancedMeaning::title))) + ","
                + field("enhanced_meaning", nullable(enhanced.map(EnhancedMeaning::plain))) + ","
                + field("context", nullable(e.inContext())) + ","
                + field("meaning", string(e.summary())) + ","
                + field("next", string(e.next())) + ","
                + field("challenge", nullable(e.challenge().map(c -> c.decoded().orElse(c.base64())))) + ","
                + field("capabilities", e.capabilities().stream().map(ExplanationJson::capability)
                        .collect(Collectors.joining(",", "[", "]"))) + ","
                + field("notes", array(e.notes())) + ","
                + field("specific", String.valueOf(e.specific())) + ","
                + field("cause", e.cause().map(ExplanationJson::cause).orElse("null"))
                + "}";
    }

    /** A cause as a JSON object: {@code id}, {@code words}, {@code sender_action}, {@code admin_action}. */
    public static String cause(Cause cause) {
        return "{" + field("id", string(cause.id())) + "," + field("key", string(cause.key())) + ","
                + field("words", string(cause.words())) + ","
                + field("sender_action", string(cause.senderAction())) + ","
                + field("admin_action", string(cause.adminAction())) + ","
                + field("from_words", String.valueOf(cause.fromWords())) + "}";
    }

    private static String capability(CapabilityNote note) {
        return "{" + field("keyword", string(note.keyword())) + "," + field("params", array(note.params())) + ","
                + field("known", String.valueOf(note.known())) + "," + field("explanation", string(note.explanation()))
                + "}";
    }

    private static String field(String name, String json) {
        return string(name) + ":" + json;
    }

    private static String array(List<String> values) {
        return values.stream().map(ExplanationJson::string).collect(Collectors.joining(",", "[", "]"));
    }

    private static String nullable(Optional<String> value) {
        return value.map(ExplanationJson::string).orElse("null");
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259 §7). */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028 and U+2029 are legal in JSON but end lines in JavaScript, so they are escaped too.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
