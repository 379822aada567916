package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One simulated SMTP session as a pure state machine: a line goes in, actions (replies, "start TLS",
 * "close") come out. No sockets: {@link SimServer} drives it over a connection, tests and lessons
 * drive it directly.
 */
public final class SimSession {

    // RFC 5321 §4.5.3.1.4: a command line is at most 512 octets including CRLF.
    static final int MAX_COMMAND_LINE = 510;
    /** Lines longer than this are cut by the reader; every limit we check is below it. */
    public static final int READ_CAP = 16 * 1024;

    private static final RcptHandler RCPT = (RcptHandler) VerbTable.row(Verb.RCPT).handler();

    private final SessionState session;
    private final String client;
    private int errorsInARow;
    /** The command the last line parsed as (once, here), for the exchange record. */
    private Optional<Command> lastCommand = Optional.empty();

    /** A session of a simulator made from a config alone: no scenario rules, the system clock. */
    public SimSession(SimConfig config, MailStore store) {
        this(Simulation.of(Scenario.of(config), store), "unknown");
    }

    /**
     * A session of a simulator running a scenario.
     *
     * @param client the client's IP address: scenario rules count attempts per client (greylisting)
     */
    public SimSession(Simulation simulation, String client) {
        this(simulation, client, 0);
    }

    /** A session of a server: {@code id} is what its {@link SessionHooks} and observer see. */
    public SimSession(Simulation simulation, String client, long id) {
        this.session = new SessionState(simulation, client, id);
        this.client = client;
    }

    /**
     * The 220 greeting a server sends first (RFC 5321 §4.3.1), unless a CONNECT rule of the scenario
     * delays it or answers 421 instead (RFC 5321 §3.1).
     */
    public List<SessionAction> greet() {
        RuleLayer.Verdict verdict = session.rules.atConnect(session);
        if (verdict instanceof RuleLayer.Answer answer) {
            return answer.actions();
        }
        return then(((RuleLayer.Proceed) verdict).before(),
                CommandHandler.reply(Replies.banner(session.config.hostName())));
    }

    /** Handles one line from the client: a command, a line of message text, or an AUTH answer. */
    public List<SessionAction> handle(InputLine line) {
        if (session.pendingChunk != null) {
            throw new IllegalStateException("the octets of a BDAT chunk are due: pass them to octets()");
        }
        if (session.state == SmtpState.CLOSED) {
            return List.of();
        }
        lastCommand = Optional.empty();
        Continuation continuation = session.continuation;
        List<SessionAction> actions = continuation != null
                ? overlong(line, continuation.maxLineLength()).orElseGet(() -> continuation.accept(line, session))
                : command(line);
        return countErrors(actions);
    }

    /** Convenience for tests and lessons: a CRLF-ended line in, the replies out. */
    public List<Reply> replies(String line) {
        return repliesOf(handle(InputLine.of(line)));
    }

    public static List<Reply> repliesOf(List<SessionAction> actions) {
        List<Reply> replies = new ArrayList<>();
        for (SessionAction action : actions) {
            if (action instanceof SessionAction.Send send) {
                replies.add(send.reply());
            }
        }
        return replies;
    }

    private List<SessionAction> command(InputLine line) {
        String text = line.text();
        boolean auth = text.regionMatches(true, 0, "AUTH ", 0, 5);
        Optional<List<SessionAction>> tooLong = overlong(line, auth ? AuthHandler.MAX_AUTH_LINE : MAX_COMMAND_LINE);
        if (tooLong.isPresent()) {
            return tooLong.get();
        }
        ParseResult parsed = CommandParser.parse(text);
        if (parsed instanceof ParseResult.Unknown) {
            return CommandHandler.reply(Replies.UNRECOGNIZED);
        }
        if (parsed instanceof ParseResult.Malformed malformed) {
            return CommandHandler.reply(outOfSequence(malformed.verb()).orElse(malformed.problem().reply()));
        }
        Command command = ((ParseResult.Parsed) parsed).command();
        lastCommand = Optional.of(command);
        if (session.refusedAtConnect && command.verb() != Verb.QUIT) {
            return CommandHandler.reply(Replies.refusedAtConnect(client));
        }
        VerbTable.Row row = VerbTable.row(command.verb());
        // RFC 3207 §4: before TLS a server that requires it answers every other command with 530.
        if (session.config.tlsRequired() && !session.tls && !row.beforeTls()) {
            return CommandHandler.reply(Replies.MUST_STARTTLS);
        }
        Optional<Reply> hooked = session.hooks.beforeCommand(session.id, command);
        if (hooked.isPresent()) {
            return hooked.get().code() == 421 ? closing(List.of(), hooked.get()) : CommandHandler.reply(hooked.get());
        }
        RuleLayer.Verdict verdict = session.rules.before(command, session);
        if (verdict instanceof RuleLayer.Answer answer) {
            boolean closes = answer.actions().stream().anyMatch(a -> a instanceof SessionAction.Close);
            // RFC 3030 §2: a BDAT's octets follow it whatever the answer, so they are read first.
            return command.verb() == Verb.BDAT && !closes
                    ? BdatHandler.refuse(command, session, answer.actions()) : answer.actions();
        }
        RuleLayer.Proceed proceed = (RuleLayer.Proceed) verdict;
        List<SessionAction> handled = command.verb() == Verb.RCPT
                ? RCPT.handle(command, session, proceed.bounce())
                : row.handler().handle(command, session);
        return then(proceed.before(), handled);
    }

    /**
     * RFC 5321 §3.3: RCPT without a transaction is a sequence error, whatever its syntax. Postfix looks
     * at the sequence first too: "RCPT TO &lt;bob@...&gt;" before MAIL gets 503 5.5.1, not 501.
     */
    private Optional<Reply> outOfSequence(Verb verb) {
        if (session.refusedAtConnect && verb != Verb.QUIT) {
            return Optional.of(Replies.refusedAtConnect(client));
        }
        return verb == Verb.RCPT && session.transaction == null
                ? Optional.of(Replies.NEED_MAIL) : Optional.empty();
    }

    private static List<SessionAction> then(List<SessionAction> first, List<SessionAction> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<SessionAction> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The octets of the BDAT chunk just announced, in one or more slices as they arrive; the answer
     * comes with the last slice (RFC 3030 §2), before that the list is empty.
     */
    public List<SessionAction> octets(byte[] slice) {
        if (session.pendingChunk == null) {
            throw new IllegalStateException("no BDAT chunk is due");
        }
        return countErrors(BdatHandler.octets(slice, session));
    }

    /** How many octets of a BDAT chunk are still due (maybe 0, for BDAT 0 LAST); empty when the next input is a line. */
    public OptionalLong octetsDue() {
        return session.pendingChunk == null ? OptionalLong.empty() : OptionalLong.of(session.pendingChunk.remaining);
    }

    private static Optional<List<SessionAction>> overlong(InputLine line, int limit) {
        return line.length() > limit ? Optional.of(CommandHandler.reply(Replies.LINE_TOO_LONG)) : Optional.empty();
    }

    /**
     * Postfix's smtpd_hard_error_limit: after this many failed commands in a row a client is
     * probably not a mail program (or is attacking), so the server says 421 and hangs up.
     */
    private List<SessionAction> countErrors(List<SessionAction> actions) {
        List<Reply> replies = repliesOf(actions);
        if (replies.isEmpty() || session.state == SmtpState.CLOSED) {
            return actions;
        }
        if (replies.get(replies.size() - 1).code() < 400) {
            errorsInARow = 0;
            return actions;
        }
        if (++errorsInARow < session.config.maxErrorsInARow()) {
            return actions;
        }
        return closing(actions, Replies.tooManyErrors(session.config.hostName()));
    }

    /** The server's idle timer fired: 421 and close (RFC 5321 §4.5.3.2.7). */
    public List<SessionAction> timeout() {
        return closing(List.of(), Replies.timeout(session.config.hostName()));
    }

    /** The server is stopping: 421 and close (RFC 5321 §3.8). */
    public List<SessionAction> shutdown() {
        return closing(List.of(), Replies.shuttingDown(session.config.hostName()));
    }

    private List<SessionAction> closing(List<SessionAction> before, Reply reply) {
        session.resetTransaction();
        session.state = SmtpState.CLOSED;
        List<SessionAction> out = new ArrayList<>(before);
        out.add(SessionAction.send(reply));
        out.add(new SessionAction.Close());
        return out;
    }

    /**
     * The TLS handshake succeeded. RFC 3207 §4.2: the server must forget everything the client told
     * it before, including the EHLO name; the client has to send EHLO again.
     */
    /** The connection is gone: a message under way gives its room in the store back. */
    public void ended() {
        session.resetTransaction();
    }

    public void tlsStarted() {
        session.tls = true;
        session.resetTransaction();
        session.state = SmtpState.CONNECTED;
        session.heloName = "";
        session.extended = false;
        session.authenticatedUser = Optional.empty();
        session.authMechanism = Optional.empty();
    }

    /** The longest line the current phase accepts; the server reads at most {@link #READ_CAP}. */
    public int maxLineLength() {
        return session.continuation != null ? session.continuation.maxLineLength() : MAX_COMMAND_LINE;
    }

    /** True while the next line is an AUTH answer (base64 credentials), which logs must not show. */
    public boolean awaitingAuthResponse() {
        return session.continuation instanceof AuthHandler.Exchange;
    }

    public SmtpState state() {
        return session.state;
    }

    /** True once STARTTLS has completed: what follows travels encrypted. */
    public boolean tlsActive() {
        return session.tls;
    }

    public Optional<String> authenticatedUser() {
        return session.authenticatedUser;
    }

    /**
     * The command the last line handled parsed as; empty for message text, an AUTH answer, or a line
     * that is no well-formed command. It may hold an AUTH initial response: mask before showing it.
     */
    public Optional<Command> lastCommand() {
        return lastCommand;
    }

    /** What is known of authentication now, for the exchange record: the server knows the user. */
    public Exchange.Auth auth() {
        return new Exchange.Auth(session.authenticatedUser.isPresent(), session.authMechanism,
                session.authenticatedUser);
    }

    public String heloName() {
        return session.heloName;
    }

    public SimConfig config() {
        return session.config;
    }

    Clock clock() {
        return session.clock;
    }
}
