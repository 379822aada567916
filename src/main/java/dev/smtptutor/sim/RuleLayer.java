package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's rules and the test addresses, consulted before the simulator does its own work:
 * before the greeting, before each command's handler, and before a message is delivered. The verdict
 * either answers in the handler's place or lets it proceed after a delay. A test address's reply
 * wins over a rule's.
 */
final class RuleLayer {

    /** What the rules decided. */
    sealed interface Verdict permits Proceed, Answer {}

    /**
     * Do what the simulator would do, after {@code before} (pauses); with a bounce, accept the
     * recipient and fail it at delivery with that reply.
     */
    record Proceed(List<SessionAction> before, Optional<Reply> bounce) implements Verdict {}

    /** These actions are the whole answer; the handler does not run. */
    record Answer(List<SessionAction> actions) implements Verdict {}

    private static final Proceed NOTHING = new Proceed(List.of(), Optional.empty());

    private final RuleMatcher matcher;
    private final String client;

    RuleLayer(RuleMatcher matcher, String client) {
        this.matcher = matcher;
        this.client = client;
    }

    Verdict atConnect(SessionState session) {
        return decide(event(SessionEvent.CONNECT, List.of(), session), Optional.empty(), session);
    }

    Verdict atMessageEnd(SessionState session) {
        return decide(event(SessionEvent.MESSAGE, recipients(session), session), Optional.empty(), session);
    }

    Verdict before(Command command, SessionState session) {
        SessionEvent kind = SessionEvent.of(command.verb());
        RuleEvent event = event(kind, addresses(command, session), session);
        Optional<Reply> testReply = Optional.empty();
        if ((kind == SessionEvent.MAIL || kind == SessionEvent.RCPT)
                && kind.statesInSequence().contains(session.state)) {
            testReply = TestAddresses.replyFor(command.path().orElseThrow(), kind == SessionEvent.RCPT);
        }
        return decide(event, testReply, session);
    }

    private Verdict decide(RuleEvent event, Optional<Reply> testReply, SessionState session) {
        Optional<RuleMatcher.Match> match = matcher.match(event);
        if (match.isEmpty() && testReply.isEmpty()) {
            return NOTHING;
        }
        List<SessionAction> actions = new ArrayList<>();
        Optional<Reply> reply = Optional.empty();
        Optional<Reply> bounce = Optional.empty();
        boolean disconnect = false;
        if (match.isPresent()) {
            String host = session.config.hostName();
            String address = match.get().address();
            for (RuleAction action : match.get().rule().then()) {
                if (action instanceof RuleAction.Delay delay) {
                    actions.add(new SessionAction.Pause(delay.duration()));
                } else if (action instanceof RuleAction.Respond respond) {
                    reply = Optional.of(respond.reply().render(address, host));
                } else if (action instanceof RuleAction.Bounce failure) {
                    bounce = Optional.of(failure.reply().render(address, host));
                } else if (action instanceof RuleAction.Disconnect) {
                    disconnect = true;
                }
            }
        }
        if (testReply.isPresent()) {
            // The learner asked for this reply by the address itself: it wins over the scenario's answer,
            // only the scenario's delay stays.
            reply = testReply;
            bounce = Optional.empty();
            disconnect = false;
        }
        if (reply.isEmpty() && !disconnect) {
            return new Proceed(actions, bounce);
        }
        reply.ifPresent(r -> actions.add(SessionAction.send(r)));
        // RFC 5321 §3.8: a 421 announces that the server closes the channel.
        if (disconnect || reply.get().code() == 421) {
            session.resetTransaction();
            session.state = SmtpState.CLOSED;
            actions.add(new SessionAction.Close());
        }
        return new Answer(actions);
    }

    private RuleEvent event(SessionEvent kind, List<String> addresses, SessionState session) {
        String sender = session.transaction == null ? "" : session.transaction.sender.address();
        String who = ClientIdentity.of(session.authenticatedUser, session.heloName, client);
        return new RuleEvent(kind, who, sender, addresses, session.state, session.tls,
                session.authenticatedUser.isPresent());
    }

    private static List<String> addresses(Command command, SessionState session) {
        Verb verb = command.verb();
        if (verb == Verb.MAIL || verb == Verb.RCPT) {
            return List.of(command.path().map(Path::address).orElse(""));
        }
        if (verb == Verb.VRFY || verb == Verb.EXPN) {
            return List.of(command.argument().replaceAll("^<|>$", ""));
        }
        return verb == Verb.DATA || verb == Verb.BDAT ? recipients(session) : List.of();
    }

    private static List<String> recipients(SessionState session) {
        return session.transaction == null ? List.of()
                : session.transaction.recipients.stream().map(r -> r.path().address()).toList();
    }
}
