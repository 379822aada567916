package dev.smtptutor.explain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An explanation as one line of JSON (RFC 8259), for scripts: {@code code}, {@code class}, {@code enhanced},
 * {@code enhanced_title}, {@code meaning} (the most precise meaning), {@code next}, {@code cause} (the reason behind a failure), and every other part.
 * Absent parts are {@code null}. {@link #write} is how every command prints JSON for scripts.
 */
public final class ExplanationJson {

    /** U+2028 and U+2029 are legal in JSON but end lines in JavaScript, so they are escaped too. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c == 0x2028 ? new SerializedString("\\u2028") : c == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }

    /** Null fields are written: a script finds every key, with null for a part that is absent. */
    private static final JSON COMPACT = JSON.builder(new JsonFactory().setCharacterEscapes(new LineSeparatorEscapes()))
            .build().with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private ExplanationJson() {}

    /** A tree of maps (in their order), lists, texts, numbers, booleans and nulls as one line of JSON. */
    public static String write(Object tree) {
        try {
            return COMPACT.asString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree held something that is not JSON", e);
        }
    }

    public static String of(Explanation e) {
        return write(fields(e));
    }

    /** The explanation as a tree of fields, for a caller that nests it in a larger object. */
    public static Map<String, Object> fields(Explanation e) {
        Optional<EnhancedMeaning> enhanced = e.enhanced();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("reply", e.reply().wireLines());
        fields.put("code", e.code());
        fields.put("class", ProtocolWords.replyClass(e.replyClass()));
        fields.put("class_meaning", e.classMeaning());
        fields.put("rfc", e.rfcWording().orElse(null));
        fields.put("code_meaning", e.codeMeaning());
        fields.put("enhanced", enhanced.map(m -> m.code().toString()).orElse(null));
        fields.put("enhanced_title", enhanced.flatMap(EnhancedMeaning::title).orElse(null));
        fields.put("enhanced_meaning", enhanced.map(EnhancedMeaning::plain).orElse(null));
        fields.put("context", e.inContext().orElse(null));
        fields.put("meaning", e.summary());
        fields.put("next", e.next());
        fields.put("challenge", e.challenge().map(c -> c.decoded().orElse(c.base64())).orElse(null));
        fields.put("capabilities", e.capabilities().stream().map(ExplanationJson::capability).toList());
        fields.put("notes", e.notes());
        fields.put("specific", e.specific());
        fields.put("cause", e.cause().map(ExplanationJson::cause).orElse(null));
        return fields;
    }

    /** A cause as a JSON object: {@code id}, {@code key}, {@code words}, {@code sender_action}, {@code admin_action}. */
    public static Map<String, Object> cause(Cause cause) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", cause.id());
        fields.put("key", cause.key());
        fields.put("words", cause.words());
        fields.put("sender_action", cause.senderAction());
        fields.put("admin_action", cause.adminAction());
        fields.put("from_words", cause.fromWords());
        return fields;
    }

    private static Map<String, Object> capability(CapabilityNote note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("keyword", note.keyword());
        fields.put("params", List.copyOf(note.params()));
        fields.put("known", note.known());
        fields.put("explanation", note.explanation());
        return fields;
    }
}
