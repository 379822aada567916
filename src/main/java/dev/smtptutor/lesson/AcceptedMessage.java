package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A message the server accepted for the learner, as a lesson sees it: the envelope and the content
 * exactly as received (dot-stuffing removed). Whoever runs the server (the shell's simulator, a
 * classroom) makes these; a lesson never looks into a mail store.
 *
 * @param id         the server's queue ID
 * @param sender     the envelope sender (the null path for {@code <>})
 * @param recipients the envelope recipients, in the order given
 */
public record AcceptedMessage(String id, Path sender, List<Path> recipients, byte[] content) {

    public AcceptedMessage {
        recipients = List.copyOf(recipients);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String contentAsText() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
