package dev.smtptutor.mail;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Redaction;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.StateTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the protocol trace Jakarta Mail writes when a session is in debug mode into the same
 * {@link Exchange}s the shell records for a typed session, so it can be shown and explained alike.
 *
 * <p>The trace mixes three kinds of line: Angus's own notes ("DEBUG SMTP: ..."), what the client sent,
 * and what the server replied. A reply line is a three-digit code and a space or hyphen (RFC 5321
 * §4.2); a client line never looks like that outside DATA, since a command starts with a verb and a
 * SASL response is base64, which has neither spaces nor hyphens. Between a 354 and the lone dot every
 * line is message text. Credentials are masked the moment a line arrives, so no secret is ever kept.
 */
final class TraceParser {

    private static final Pattern REPLY_LINE = Pattern.compile("[2-5]\\d\\d([ -].*)?");

    /** A client step waiting for its reply. */
    private record Pending(Exchange.Kind kind, List<String> shown, Optional<Command> command, SmtpState before,
                           boolean tls) {}

    private final StateTracker tracker = new StateTracker();
    private final ReplyParser replies = new ReplyParser();
    private final List<Exchange> exchanges = new ArrayList<>();
    private Optional<Pending> pending = Optional.empty();
    private Optional<List<String>> messageText = Optional.empty();
    private boolean greeted;

    TraceParser(boolean implicitTls) {
        if (implicitTls) {
            tracker.tlsStarted(); // RFC 8314: encrypted before the greeting
        }
    }

    /** One line of the trace, without its line end. */
    void accept(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (messageText.isPresent()) {
            messageText.get().add(line);
            if (line.equals(".")) {
                pending = Optional.of(new Pending(Exchange.Kind.MESSAGE, messageText.get(), Optional.empty(),
                        tracker.state(), tracker.tls()));
                messageText = Optional.empty();
            }
            return;
        }
        if (line.startsWith("DEBUG") || line.isEmpty()) {
            return;
        }
        if (REPLY_LINE.matcher(line).matches()) {
            if (replies.accept(line) instanceof ReplyParser.Complete complete) {
                replied(complete.reply());
            }
            return;
        }
        boolean answeringChallenge = tracker.awaitingAuthResponse();
        String shown = Redaction.forDisplay(line, answeringChallenge);
        pending = Optional.of(answeringChallenge
                ? new Pending(Exchange.Kind.AUTH_RESPONSE, List.of(shown), Optional.empty(), tracker.state(), tracker.tls())
                : new Pending(Exchange.Kind.COMMAND, List.of(shown), Exchange.parsed(shown), tracker.state(),
                        tracker.tls()));
    }

    private void replied(Reply reply) {
        if (pending.isEmpty()) {
            if (!greeted) {
                greeted = true;
                tracker.greeting(reply);
                record(new Pending(Exchange.Kind.GREETING, List.of(), Optional.empty(), tracker.state(), tracker.tls()),
                        reply);
            } else {
                SmtpState before = tracker.state();
                tracker.unsolicited(reply);
                record(new Pending(Exchange.Kind.UNSOLICITED, List.of(), Optional.empty(), before, tracker.tls()), reply);
            }
            return;
        }
        Pending step = pending.get();
        pending = Optional.empty();
        tracker.replied(step.command(), reply);
        record(step, reply);
        if (tracker.state() == SmtpState.DATA) {
            messageText = Optional.of(new ArrayList<>());
        }
        if (tracker.awaitingTlsHandshake()) {
            // Angus shakes hands right after the 220 (RFC 3207 §4.2); a failure ends the trace there.
            tracker.tlsStarted();
        }
    }

    private void record(Pending step, Reply reply) {
        exchanges.add(recorded(step, Optional.of(reply)));
    }

    private Exchange recorded(Pending step, Optional<Reply> reply) {
        return new Exchange(step.kind(), step.shown(), step.command(), reply, step.before(), tracker.state(),
                step.tls(), tracker.auth(), Instant.now(), Optional.empty());
    }

    /**
     * The exchanges so far. A line still waiting for its reply (the connection failed) comes last,
     * without a reply.
     */
    List<Exchange> exchanges() {
        List<Exchange> out = new ArrayList<>(exchanges);
        pending.ifPresent(step -> out.add(recorded(step, Optional.empty())));
        messageText.filter(text -> !text.isEmpty()).ifPresent(text -> out.add(new Exchange(Exchange.Kind.MESSAGE,
                text, Optional.empty(), SmtpState.DATA, tracker.state(), tracker.tls(), Instant.now(),
                Optional.empty())));
        return List.copyOf(out);
    }
}
