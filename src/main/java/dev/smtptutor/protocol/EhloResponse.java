package dev.smtptutor.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A positive EHLO reply read as RFC 5321 §4.1.1.1 lays it out: the first line names the server,
 * every further line is one extension.
 */
public record EhloResponse(String serverName, String greeting, List<Extension> extensions) {

    public EhloResponse {
        extensions = List.copyOf(extensions);
    }

    /** Reads a 250 EHLO reply; empty for any other reply. */
    public static Optional<EhloResponse> of(Reply reply) {
        if (reply.code() != 250) {
            return Optional.empty();
        }
        String first = reply.lines().get(0).strip();
        int space = first.indexOf(' ');
        String name = space < 0 ? first : first.substring(0, space);
        String greeting = space < 0 ? "" : first.substring(space + 1);
        List<Extension> extensions = new ArrayList<>();
        for (String line : reply.lines().subList(1, reply.lines().size())) {
            if (!line.isBlank()) {
                extensions.add(Extension.parse(line));
            }
        }
        return Optional.of(new EhloResponse(name, greeting, extensions));
    }

    public Optional<Extension> extension(String keyword) {
        String key = keyword.toUpperCase(Locale.ROOT);
        return extensions.stream().filter(e -> e.keyword().equals(key)).findFirst();
    }

    public boolean supports(String keyword) {
        return extension(keyword).isPresent();
    }

    /** The SASL mechanisms after AUTH, upper-cased; empty when AUTH is not offered. */
    public List<String> authMechanisms() {
        return extension("AUTH").map(e -> e.params().stream().map(p -> p.toUpperCase(Locale.ROOT)).toList())
                .orElse(List.of());
    }

    /** The SIZE limit in octets (RFC 1870 §4); empty when not announced or announced without a number. */
    public OptionalLong sizeLimit() {
        return extension("SIZE").filter(e -> !e.params().isEmpty() && e.params().get(0).matches("\\d{1,18}"))
                .map(e -> OptionalLong.of(Long.parseLong(e.params().get(0)))).orElse(OptionalLong.empty());
    }
}
