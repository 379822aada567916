package dev.smtptutor.sim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A message the simulator accepted: its envelope, its content exactly as received after the
 * transparency periods were removed (RFC 5321 §4.5.2), and what the session knew about the client.
 */
public record StoredMessage(String id, Envelope envelope, byte[] content, Instant receivedAt,
                            String heloName, boolean tls, Optional<String> authenticatedUser) {

    public StoredMessage {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    public String contentAsText() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredMessage m && m.id.equals(id) && Arrays.equals(m.content, content)
                && m.envelope.equals(envelope);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
