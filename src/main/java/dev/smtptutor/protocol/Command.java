package dev.smtptutor.protocol;

import java.util.Map;
import java.util.Optional;

/**
 * One parsed SMTP command.
 *
 * @param verb       the command verb
 * @param argument   everything after the verb, trimmed (for MAIL and RCPT: after the colon)
 * @param path       the envelope path of MAIL FROM / RCPT TO; empty for other verbs
 * @param parameters ESMTP parameters of MAIL / RCPT, keywords upper-cased, in the order given
 *                   (RFC 5321 §4.1.2 esmtp-param); a keyword without value maps to ""
 */
public record Command(Verb verb, String argument, Optional<Path> path, Map<String, String> parameters) {

    public Command {
        argument = argument == null ? "" : argument;
        path = path == null ? Optional.empty() : path;
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
    }

    public static Command of(Verb verb, String argument) {
        return new Command(verb, argument, Optional.empty(), Map.of());
    }

    public boolean hasParameter(String keyword) {
        return parameters.containsKey(keyword);
    }

    public Optional<String> parameter(String keyword) {
        return Optional.ofNullable(parameters.get(keyword));
    }
}
