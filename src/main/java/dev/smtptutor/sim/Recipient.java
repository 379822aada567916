package dev.smtptutor.sim;

import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One accepted RCPT TO: the path, its ESMTP parameters (e.g. DSN's NOTIFY and ORCPT), and the reply
 * its delivery failed with, for recipients a scenario bounces after accepting them.
 */
public record Recipient(Path path, Map<String, String> parameters, Optional<Reply> deliveryFailure) {

    public Recipient {
        parameters = Map.copyOf(parameters);
    }

    public Recipient(Path path, Map<String, String> parameters) {
        this(path, parameters, Optional.empty());
    }

    public boolean delivered() {
        return deliveryFailure.isEmpty();
    }

    /** NOTIFY's keywords upper-cased (RFC 3461 §4.1); empty when not given. */
    public Set<String> notifyOn() {
        return Optional.ofNullable(parameters.get("NOTIFY")).flatMap(DsnParameters::notify)
                .map(set -> Set.copyOf(set.stream().map(Enum::name).toList())).orElse(Set.of());
    }

    /** ORCPT decoded as "rfc822; address" (RFC 3461 §4.2), for the Original-Recipient field. */
    public Optional<String> originalRecipient() {
        return Optional.ofNullable(parameters.get("ORCPT")).flatMap(DsnParameters::originalRecipient);
    }
}
