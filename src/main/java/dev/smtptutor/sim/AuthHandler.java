package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** AUTH mechanism [initial-response] (RFC 4954 §4): runs a SASL exchange over 334 challenges. */
final class AuthHandler implements CommandHandler {

    // RFC 4954 §4: AUTH lines may be up to 12288 octets, past the 512 of RFC 5321.
    static final int MAX_AUTH_LINE = 12288;

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        if (!session.greeted()) {
            return reply(Replies.NEED_EHLO);
        }
        if (!session.authOffered()) {
            return reply(Replies.AUTH_NOT_ENABLED);
        }
        if (session.authenticatedUser.isPresent()) {
            return reply(Replies.ALREADY_AUTHENTICATED);
        }
        if (session.transaction != null) {
            return reply(Replies.TRANSACTION_IN_PROGRESS);
        }
        String[] words = command.argument().split("\\s+");
        Optional<SaslMechanism> mechanism = SaslMechanisms.create(words[0], session.config);
        if (mechanism.isEmpty()) {
            return reply(Replies.UNKNOWN_MECHANISM);
        }
        session.authMechanism = Optional.of(words[0].toUpperCase(Locale.ROOT));
        // RFC 4954 §4: "=" stands for an empty initial response.
        Optional<String> initial = words.length > 1
                ? Optional.of(words[1].equals("=") ? "" : words[1]) : Optional.empty();
        return step(mechanism.get().start(initial), mechanism.get(), session);
    }

    private static List<SessionAction> step(SaslStep step, SaslMechanism mechanism, SessionState session) {
        if (step instanceof SaslStep.Challenge challenge) {
            session.continuation = new Exchange(mechanism);
            return reply(Reply.of(334, challenge.base64()));
        }
        session.continuation = null;
        if (step instanceof SaslStep.Success success) {
            session.authenticatedUser = Optional.of(success.user());
            return reply(Replies.AUTH_SUCCEEDED);
        }
        return reply(((SaslStep.Failure) step).reply());
    }

    /** The lines after a 334: each is the client's base64 answer, or "*" to cancel. */
    record Exchange(SaslMechanism mechanism) implements Continuation {
        @Override
        public List<SessionAction> accept(InputLine line, SessionState session) {
            String text = line.text().strip();
            if (text.equals("*")) {
                session.continuation = null;
                return reply(Replies.AUTH_ABORTED);
            }
            return step(mechanism.respond(text), mechanism, session);
        }

        @Override
        public int maxLineLength() {
            return MAX_AUTH_LINE;
        }
    }
}
