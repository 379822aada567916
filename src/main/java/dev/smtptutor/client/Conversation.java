package dev.smtptutor.client;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.DotStuffing;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Redaction;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.StateTracker;
import dev.smtptutor.protocol.Verb;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP session as a log: every line sent and every reply received becomes an {@link Exchange},
 * and a {@link StateTracker} follows the state from the client's side. The {@link Connection} moves
 * the bytes; this class only decides what to wait for and records what happened.
 *
 * <p>One thread drives a conversation; listeners are called on that thread.
 */
public final class Conversation implements AutoCloseable {

    private final Connection connection;
    private final StateTracker tracker = new StateTracker();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<ConversationListener> listeners = new CopyOnWriteArrayList<>();

    public Conversation(Connection connection) {
        this.connection = connection;
        if (connection.tls().isPresent()) {
            tracker.tlsStarted(); // implicit TLS: encrypted before the first byte
        }
    }

    /** Connects (and for implicit TLS, shakes hands); read the banner next with {@link #greeting()}. */
    public static Conversation open(ConnectionOptions options) throws ConnectionException {
        return new Conversation(Connection.open(options));
    }

    public void addListener(ConversationListener listener) {
        listeners.add(listener);
    }

    /** Reads the server's 220 banner (RFC 5321 §3.1). */
    public Exchange greeting() throws ConnectionException {
        SmtpState before = tracker.state();
        boolean overTls = tracker.tls();
        try {
            Reply reply = connection.readReply();
            tracker.greeting(reply);
            return record(Step.unsent(Exchange.Kind.GREETING, before, overTls), Optional.of(reply), Optional.empty());
        } catch (ConnectionException e) {
            throw recordFailure(Step.unsent(Exchange.Kind.GREETING, before, overTls), e);
        }
    }

    /**
     * Sends one line as typed and waits for its reply, except for a line of message text inside
     * DATA, which has none. After a 220 to STARTTLS the handshake follows at once (RFC 3207 §4.2).
     */
    public Exchange send(String line) throws ConnectionException {
        Step step = step(line);
        try {
            connection.send(line);
        } catch (ConnectionException e) {
            throw recordFailure(step, e);
        }
        Exchange exchange = awaitReply(line, step);
        startTlsIfAgreed();
        return exchange;
    }

    /** Sends STARTTLS and, after a 220, runs the handshake; the exchange holds the server's answer. */
    public Exchange startTls() throws ConnectionException {
        return send(Verb.STARTTLS.name());
    }

    /**
     * Sends the lines in one write and then reads one reply per line, in order (RFC 2920 §3.1), each
     * recorded and announced as it arrives. Lines that become message text (after a 354 to DATA
     * inside the group) get no reply. STARTTLS may only end a group: what follows it would go out
     * in plaintext while the server expects the handshake.
     */
    public List<Exchange> sendPipelined(List<String> lines) throws ConnectionException {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).strip().equalsIgnoreCase(Verb.STARTTLS.name())) {
                throw new IllegalArgumentException("STARTTLS must be the last command of a pipelined group"
                        + " (RFC 2920 §3.1): the lines after it would travel unencrypted");
            }
        }
        SmtpState before = tracker.state();
        try {
            connection.sendPipelined(lines);
        } catch (ConnectionException e) {
            List<String> shown = lines.stream().map(l -> Redaction.forDisplay(l, tracker.awaitingAuthResponse())).toList();
            throw recordFailure(new Step(Exchange.Kind.COMMAND, shown, Optional.empty(), before, tracker.tls()), e);
        }
        List<Exchange> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(awaitReply(lines.get(i), step(lines.get(i))));
            } catch (ConnectionException e) {
                // The rest were sent too: record them as unanswered, so the transcript shows every line.
                for (String unanswered : lines.subList(i + 1, lines.size())) {
                    Step step = step(unanswered);
                    record(step, Optional.empty(), Optional.of(e.problem()));
                }
                throw e;
            }
        }
        startTlsIfAgreed();
        return out;
    }

    /**
     * Sends a whole message after the 354 to DATA: every line ended by CRLF, a leading period doubled
     * (RFC 5321 §4.5.2), then the line with a single period; records one exchange with the final reply.
     */
    public Exchange sendMessage(List<String> lines) throws ConnectionException {
        if (tracker.state() != SmtpState.DATA) {
            throw new IllegalStateException("message text goes after a 354 reply to DATA; the session is "
                    + tracker.state().name().toLowerCase(Locale.ROOT));
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        byte[] wire = DotStuffing.encode(text.toString().getBytes(StandardCharsets.UTF_8));
        List<String> shown = Arrays.asList(new String(wire, StandardCharsets.UTF_8).split("\r\n"));
        Step step = new Step(Exchange.Kind.MESSAGE, shown, Optional.empty(), tracker.state(), tracker.tls());
        try {
            connection.sendRaw(wire);
        } catch (ConnectionException e) {
            throw recordFailure(step, e);
        }
        return awaitReply(".", step);
    }

    /**
     * Sends message text exactly as given, with no line-ending repair: for showing SMTP smuggling,
     * where bare LFs are the point. A server that reads them as line ends may answer more than the
     * final dot (the smuggled commands), so every reply that follows within {@code quiet} of the last
     * is read too. The first exchange answers the text; the rest are recorded as unsolicited.
     */
    public List<Exchange> sendRawMessage(byte[] wire, List<String> shown, Duration quiet) throws ConnectionException {
        if (tracker.state() != SmtpState.DATA) {
            throw new IllegalStateException("message text goes after a 354 reply to DATA; the session is "
                    + tracker.state().name().toLowerCase(Locale.ROOT));
        }
        Step step = new Step(Exchange.Kind.MESSAGE, shown, Optional.empty(), tracker.state(), tracker.tls());
        try {
            connection.sendRaw(wire);
        } catch (ConnectionException e) {
            throw recordFailure(step, e);
        }
        List<Exchange> out = new ArrayList<>();
        out.add(awaitReply(".", step));
        while (isOpen()) {
            Optional<Exchange> more;
            try {
                more = pollUnsolicited(quiet);
            } catch (ConnectionException closed) {
                break; // the server hung up after its last reply; the exchanges say what it said
            }
            if (more.isEmpty()) {
                break;
            }
            out.add(more.get());
        }
        return out;
    }

    /**
     * Waits up to {@code wait} for a reply nobody asked for (a 421 before an idle server hangs up,
     * RFC 5321 §4.5.3.2.7) and records it. Empty when the server stays silent.
     */
    public Optional<Exchange> pollUnsolicited(Duration wait) throws ConnectionException {
        SmtpState before = tracker.state();
        boolean overTls = tracker.tls();
        Optional<Reply> reply;
        try {
            reply = connection.pollReply(wait);
        } catch (ConnectionException e) {
            throw recordFailure(Step.unsent(Exchange.Kind.UNSOLICITED, before, overTls), e);
        }
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        tracker.unsolicited(reply.get());
        return Optional.of(record(Step.unsent(Exchange.Kind.UNSOLICITED, before, overTls), reply, Optional.empty()));
    }

    /**
     * What a line is, how it is shown and what command it parses as (once, from the masked line),
     * decided before its reply moves the state on.
     */
    private record Step(Exchange.Kind kind, List<String> shown, Optional<Command> command, SmtpState before,
                        boolean overTls) {
        static Step unsent(Exchange.Kind kind, SmtpState before, boolean overTls) {
            return new Step(kind, List.of(), Optional.empty(), before, overTls);
        }
    }

    private Step step(String line) {
        boolean answeringChallenge = tracker.awaitingAuthResponse();
        Exchange.Kind kind = answeringChallenge ? Exchange.Kind.AUTH_RESPONSE
                : tracker.state() == SmtpState.DATA ? Exchange.Kind.MESSAGE_TEXT : Exchange.Kind.COMMAND;
        String shown = Redaction.forDisplay(line, answeringChallenge);
        Optional<Command> command = kind == Exchange.Kind.COMMAND ? Exchange.parsed(shown) : Optional.empty();
        return new Step(kind, List.of(shown), command, tracker.state(), tracker.tls());
    }

    private Exchange awaitReply(String line, Step step) throws ConnectionException {
        if (!tracker.expectsReply(line)) {
            return record(step, Optional.empty(), Optional.empty());
        }
        try {
            Reply reply = connection.readReply();
            tracker.replied(step.command(), reply);
            return record(step, Optional.of(reply), Optional.empty());
        } catch (ConnectionException e) {
            throw recordFailure(step, e);
        }
    }

    /** RFC 3207 §4.2: after the 220 the client starts the handshake on the same connection, at once. */
    private void startTlsIfAgreed() throws ConnectionException {
        if (!tracker.awaitingTlsHandshake()) {
            return;
        }
        TlsDetails details;
        try {
            details = connection.upgradeToTls();
        } catch (ConnectionException e) {
            tracker.close();
            throw e;
        }
        tracker.tlsStarted();
        for (ConversationListener listener : listeners) {
            listener.tlsStarted(details);
        }
    }

    private ConnectionException recordFailure(Step step, ConnectionException e) {
        if (e.problem().endsConnection()) {
            tracker.close();
        }
        record(step, Optional.empty(), Optional.of(e.problem()));
        return e;
    }

    private Exchange record(Step step, Optional<Reply> reply, Optional<Problem> failure) {
        Exchange exchange = new Exchange(step.kind(), step.shown(), step.command(), reply, step.before(),
                tracker.state(), step.overTls(), tracker.auth(), Instant.now(), failure.map(Exchange.Failure.class::cast));
        exchanges.add(exchange);
        for (ConversationListener listener : listeners) {
            listener.exchanged(exchange);
        }
        return exchange;
    }

    /** Every step so far, oldest first: the transcript's source. */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The session as the client sees it now (state, TLS, AUTH, capabilities, allowed commands). */
    public StateTracker.Snapshot state() {
        return tracker.snapshot();
    }

    public Optional<TlsDetails> tls() {
        return connection.tls();
    }

    public ConnectionOptions options() {
        return connection.options();
    }

    public boolean isOpen() {
        // After 221 or 421 the server hangs up (RFC 5321 §4.1.1.10, §3.8): the session is over even
        // before the socket notices.
        return connection.isOpen() && tracker.state() != SmtpState.CLOSED;
    }

    /** Closes the socket without QUIT; send QUIT first for a polite goodbye. */
    @Override
    public void close() {
        connection.close();
        tracker.close();
    }
}
