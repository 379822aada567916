package dev.smtptutor.explain;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a reply code means at a given moment of the session (in-context.properties): after which
 * command, in which state, with TLS on or off. The most precise key wins.
 */
final class MomentTexts {

    /** The text found for the moment, and the key it was found under (for tests and teachers). */
    record Found(String key, String meaning, Optional<String> next) {}

    private final Texts texts;

    MomentTexts(Texts texts) {
        this.texts = texts;
    }

    Optional<Found> find(Reply reply, ReplyContext context, boolean looksLikeEhlo) {
        String qualifierTls = context.tls() ? "tls" : "notls";
        for (String moment : moments(context, looksLikeEhlo)) {
            String base = reply.code() + "." + moment;
            List<String> keys = List.of(base + "." + context.stateBefore().name(), base + "." + qualifierTls, base);
            Optional<Map.Entry<String, String>> hit = texts.first(keys);
            if (hit.isPresent()) {
                String key = hit.get().getKey();
                Map<String, String> values = Map.of("domain", firstWord(reply));
                return Optional.of(new Found(key, Texts.fill(hit.get().getValue(), values),
                        texts.get(key + ".next").map(n -> Texts.fill(n, values))));
            }
        }
        return Optional.empty();
    }

    /**
     * The names of the moment, most precise first. A reply whose moment is unknown but which has the shape
     * of an EHLO reply is read as one.
     */
    static List<String> moments(ReplyContext context, boolean looksLikeEhlo) {
        return switch (context.trigger()) {
            case UNKNOWN -> looksLikeEhlo ? List.of(Verb.EHLO.name()) : List.of();
            case GREETING -> List.of("greeting");
            case UNRECOGNIZED_LINE -> List.of("unrecognized");
            case MESSAGE_END -> List.of("message-end");
            case AUTH_RESPONSE -> List.of("auth-response");
            case COMMAND -> commandMoments(context);
        };
    }

    // RFC 3030 §2: BDAT ... LAST ends the message, so its 250 means what 250 after the final dot means.
    private static List<String> commandMoments(ReplyContext context) {
        Verb verb = context.verb().orElseThrow();
        boolean last = verb == Verb.BDAT && context.command().orElseThrow().argument().toUpperCase(Locale.ROOT).endsWith("LAST");
        return last ? List.of("BDAT-LAST", "BDAT") : List.of(verb.name());
    }

    private static String firstWord(Reply reply) {
        String text = reply.firstLineText().strip();
        return text.isEmpty() ? "(unnamed)" : dev.smtptutor.text.Words.first(text);
    }
}
