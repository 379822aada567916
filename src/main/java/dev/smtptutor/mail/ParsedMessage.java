package dev.smtptutor.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A message as Jakarta Mail reads it: its header fields in order and its MIME tree. */
public record ParsedMessage(List<HeaderLine> headers, MimePart body) {

    public ParsedMessage {
        headers = List.copyOf(headers);
    }

    /** The first field with this name (case-insensitive), decoded. */
    public Optional<String> header(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(lower))
                .map(HeaderLine::decoded).findFirst();
    }
}
