package dev.smtptutor.sim;

import dev.smtptutor.protocol.Path;
import java.util.Map;

/** One accepted RCPT TO: the path and its ESMTP parameters (e.g. DSN's NOTIFY and ORCPT). */
public record Recipient(Path path, Map<String, String> parameters) {
    public Recipient {
        parameters = Map.copyOf(parameters);
    }
}
