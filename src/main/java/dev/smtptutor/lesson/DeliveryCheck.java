package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A message the simulator must have accepted: checked on what the server stored, not on what was typed.
 *
 * @param from         the envelope sender; "" for the null sender {@code <>}
 * @param to           the envelope recipients, all of them and only them (empty: any)
 * @param hasHeaders   header fields the message must have
 * @param lacksHeaders header fields it must not have
 * @param hasLines     lines the message text must contain, exactly (after the server removed dot-stuffing)
 */
public record DeliveryCheck(Optional<String> from, List<String> to, List<String> hasHeaders,
                            List<String> lacksHeaders, List<String> hasLines) {

    public DeliveryCheck {
        to = List.copyOf(to);
        hasHeaders = List.copyOf(hasHeaders);
        lacksHeaders = List.copyOf(lacksHeaders);
        hasLines = List.copyOf(hasLines);
    }

    public boolean accepts(AcceptedMessage message) {
        return mismatches(message).isEmpty();
    }

    /**
     * How a delivered message differs from this check: each a key of the lesson texts ("differs.from",
     * "differs.to", "differs.missing-header", "differs.extra-header", "differs.missing-line") and what was found.
     */
    public record Difference(String key, String found) {}

    public List<Difference> mismatches(AcceptedMessage message) {
        List<Difference> out = new ArrayList<>();
        Path sender = message.sender();
        if (from.isPresent() && !from.get().equalsIgnoreCase(sender.address())) {
            out.add(new Difference("differs.from", sender.bracketed()));
        }
        List<Path> paths = message.recipients();
        if (!to.isEmpty() && !lower(paths.stream().map(Path::address).toList()).equals(lower(to))) {
            out.add(new Difference("differs.to", String.join(", ", paths.stream().map(Path::bracketed).toList())));
        }
        List<String> headerNames = headerNames(message);
        for (String header : hasHeaders) {
            if (!headerNames.contains(header.toLowerCase(Locale.ROOT))) {
                out.add(new Difference("differs.missing-header", header));
            }
        }
        for (String header : lacksHeaders) {
            if (headerNames.contains(header.toLowerCase(Locale.ROOT))) {
                out.add(new Difference("differs.extra-header", header));
            }
        }
        List<String> lines = message.contentAsText().lines().toList();
        for (String line : hasLines) {
            if (!lines.contains(line)) {
                out.add(new Difference("differs.missing-line", line));
            }
        }
        return out;
    }

    /** The names of the header fields, lower-cased: the lines before the first empty one (RFC 5322 §2.1). */
    static List<String> headerNames(AcceptedMessage message) {
        List<String> names = new ArrayList<>();
        for (String line : new String(message.content(), StandardCharsets.UTF_8).lines().toList()) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            boolean folded = line.startsWith(" ") || line.startsWith("\t"); // RFC 5322 §2.2.3
            if (!folded && colon > 0) {
                names.add(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static Set<String> lower(List<String> addresses) {
        Set<String> out = new TreeSet<>();
        addresses.forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
        return out;
    }
}
