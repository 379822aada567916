package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Optional;

/**
 * RCPT TO:&lt;forward-path&gt; (RFC 5321 §4.1.1.3): adds one recipient. Local users are checked
 * against the user table; other domains are accepted only from an authenticated client, as a
 * submission server relays for its own users and nobody else.
 */
final class RcptHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        return reply(check(command, session).orElseGet(() -> accept(command, session)));
    }

    private static Optional<Reply> check(Command command, SessionState session) {
        if (session.transaction == null) {
            return Optional.of(Replies.NEED_MAIL);
        }
        // RFC 5321 §4.5.3.1.8: a server may refuse recipients past its limit, with 452 (§4.5.3.1.10).
        if (session.transaction.recipients.size() >= session.config.maxRecipients()) {
            return Optional.of(Replies.TOO_MANY_RECIPIENTS);
        }
        Optional<String> unknownParameter = command.parameters().keySet().stream().findFirst();
        if (unknownParameter.isPresent()) {
            return unknownParameter.map(Replies::unsupportedOption);
        }
        Path path = command.path().orElseThrow();
        if (!path.isAscii() && !session.transaction.mailParameters.containsKey("SMTPUTF8")) {
            return Optional.of(Replies.NEEDS_SMTPUTF8);
        }
        if (isPostmaster(path, session.config)) {
            return Optional.empty(); // RFC 5321 §4.5.1: postmaster must always be accepted
        }
        if (path.domain().isEmpty() || !session.config.isLocalDomain(path.domain())) {
            return session.authenticatedUser.isPresent() ? Optional.empty()
                    : Optional.of(Replies.relayDenied(path));
        }
        return session.config.hasUser(path.localPart()) ? Optional.empty()
                : Optional.of(Replies.userUnknown(path));
    }

    private static boolean isPostmaster(Path path, SimConfig config) {
        return path.localPart().equalsIgnoreCase("postmaster")
                && (path.domain().isEmpty() || config.isLocalDomain(path.domain()));
    }

    private static Reply accept(Command command, SessionState session) {
        session.transaction.recipients.add(new Recipient(command.path().orElseThrow(), command.parameters()));
        session.state = SmtpState.RCPT;
        return Replies.RECIPIENT_OK;
    }
}
