package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Redaction;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes the server's side of the exchange record: the same {@link Exchange} the client's conversation
 * records, built from what the session itself knows (its state, TLS, the authenticated user), so a
 * lesson or an exercise can be judged on the server for a whole class. Secrets are masked the moment
 * a line arrives, exactly as on the client. One per connection, used on its thread.
 */
final class SessionRecorder {

    /** A line received, waiting for the reply that completes its exchange. */
    private record Pending(Exchange.Kind kind, List<String> shown, Optional<Command> command, SmtpState before,
                           boolean tls) {}

    private final SimSession session;
    private final Clock clock;
    private final Consumer<Exchange> sink;
    private Optional<Pending> pending = Optional.empty();
    private boolean greeted;
    private SmtpState lastState = SmtpState.CONNECTED;

    SessionRecorder(SimSession session, Clock clock, Consumer<Exchange> sink) {
        this.session = session;
        this.clock = clock;
        this.sink = sink;
    }

    /** A line arrived; call before the session handles it. */
    void received(String line) {
        flushUnanswered();
        boolean answeringChallenge = session.awaitingAuthResponse();
        String shown = Redaction.forDisplay(line, answeringChallenge);
        Exchange.Kind kind = answeringChallenge ? Exchange.Kind.AUTH_RESPONSE
                : session.state() == SmtpState.DATA ? Exchange.Kind.MESSAGE_TEXT : Exchange.Kind.COMMAND;
        pending = Optional.of(new Pending(kind, List.of(shown),
                kind == Exchange.Kind.COMMAND ? Exchange.parsed(shown) : Optional.empty(),
                session.state(), session.tlsActive()));
    }

    /** A reply went out: it completes the pending line, or is the greeting, or came unasked. */
    void replied(Reply reply) {
        if (pending.isPresent()) {
            Pending step = pending.get();
            pending = Optional.empty();
            emit(step, Optional.of(reply));
        } else {
            Exchange.Kind kind = greeted ? Exchange.Kind.UNSOLICITED : Exchange.Kind.GREETING;
            greeted = true;
            emit(new Pending(kind, List.of(), Optional.empty(), lastState, session.tlsActive()),
                    Optional.of(reply));
        }
    }

    /** The session handled a line: a line of message text gets no reply of its own (RFC 5321 §4.1.1.4). */
    void handled() {
        flushUnanswered();
    }

    private void flushUnanswered() {
        pending.ifPresent(step -> emit(step, Optional.empty()));
        pending = Optional.empty();
    }

    private void emit(Pending step, Optional<Reply> reply) {
        lastState = session.state();
        sink.accept(new Exchange(step.kind(), step.shown(), step.command(), reply, step.before(),
                lastState, step.tls(), session.auth(), clock.instant(), Optional.empty()));
    }
}
