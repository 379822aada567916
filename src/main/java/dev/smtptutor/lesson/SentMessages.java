package dev.smtptutor.lesson;

import dev.smtptutor.protocol.DotStuffing;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Verb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On a real host the tutor cannot look into the mailbox: a message counts as delivered when the server
 * answers 2xx to its final dot (RFC 5321 §4.1.1.4: the server has taken responsibility for it). This
 * follows the envelope the server accepted (MAIL, RCPT) and the text the learner sent, from the
 * exchange record alone.
 */
final class SentMessages {

    private Optional<Path> sender = Optional.empty();
    private final List<Path> recipients = new ArrayList<>();
    private int count;

    /** The message the server just accepted, when this exchange is a 2xx to the final dot. */
    Optional<AcceptedMessage> observe(Exchange exchange) {
        if (exchange.kind() == Exchange.Kind.MESSAGE) {
            Optional<AcceptedMessage> accepted = exchange.reply().filter(r -> r.code() / 100 == 2)
                    .flatMap(r -> sender.map(s -> new AcceptedMessage("sent-" + (++count), s, recipients,
                            content(exchange.sent()))));
            clear();
            return accepted;
        }
        if (exchange.kind() != Exchange.Kind.COMMAND || !exchange.positive() || exchange.command().isEmpty()) {
            return Optional.empty();
        }
        Verb verb = exchange.command().get().verb();
        switch (verb) {
            case MAIL -> {
                clear();
                sender = exchange.command().get().path();
            }
            case RCPT -> exchange.command().get().path().ifPresent(recipients::add);
            // RFC 5321 §4.1.1.1, §4.1.1.5; RFC 3207 §4.2: each of these starts afresh.
            case RSET, EHLO, HELO, STARTTLS -> clear();
            default -> { }
        }
        return Optional.empty();
    }

    private void clear() {
        sender = Optional.empty();
        recipients.clear();
    }

    /** The text as the server stores it: the lines before the final dot, dot-stuffing removed (RFC 5321 §4.5.2). */
    private static byte[] content(List<String> sent) {
        StringBuilder text = new StringBuilder();
        int end = !sent.isEmpty() && sent.get(sent.size() - 1).equals(".") ? sent.size() - 1 : sent.size();
        for (String line : sent.subList(0, end)) {
            text.append(DotStuffing.unstuffLine(line)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
