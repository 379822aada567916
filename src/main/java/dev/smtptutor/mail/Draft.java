package dev.smtptutor.mail;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the learner answered to /compose, already checked: addresses that parse, a file that exists.
 *
 * @param from       the author (From:, and MAIL FROM when the message is sent)
 * @param to         primary recipients, at least one
 * @param cc         copies, possibly none
 * @param subject    the subject as typed, any script
 * @param body       the text, lines separated by line feeds
 * @param attachment a readable file to attach
 */
public record Draft(MailAddress from, List<MailAddress> to, List<MailAddress> cc, String subject, String body,
                    Optional<Path> attachment) {

    public Draft {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one To: recipient");
        }
    }
}
