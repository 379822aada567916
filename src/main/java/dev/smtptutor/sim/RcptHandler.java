package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RCPT TO:&lt;forward-path&gt; [NOTIFY=...] [ORCPT=...] (RFC 5321 §4.1.1.3, RFC 3461 §4): adds one
 * recipient. Local users are checked against the user table; other domains are accepted only from an
 * authenticated client, as a submission server relays for its own users and nobody else.
 */
final class RcptHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        return handle(command, session, Optional.empty());
    }

    /**
     * @param bounce a scenario's bounce rule matched: the recipient is accepted whoever it is, and its
     *               delivery fails later with this reply
     */
    List<SessionAction> handle(Command command, SessionState session, Optional<Reply> bounce) {
        return reply(check(command, session, bounce.isPresent())
                .orElseGet(() -> accept(command, session, bounce)));
    }

    private static Optional<Reply> check(Command command, SessionState session, boolean bounces) {
        if (session.transaction == null) {
            return Optional.of(Replies.NEED_MAIL);
        }
        if (session.transaction.chunks != null) {
            return Optional.of(Replies.RCPT_AFTER_BDAT); // RFC 3030 §2: recipients come before the message
        }
        // RFC 5321 §4.5.3.1.8: a server may refuse recipients past its limit, with 452 (§4.5.3.1.10).
        if (session.transaction.recipients.size() >= session.config.maxRecipients()) {
            return Optional.of(Replies.TOO_MANY_RECIPIENTS);
        }
        for (Map.Entry<String, String> param : command.parameters().entrySet()) {
            Optional<Reply> problem = checkParameter(param.getKey(), param.getValue(), session);
            if (problem.isPresent()) {
                return problem;
            }
        }
        Path path = command.path().orElseThrow();
        if (!path.isAscii() && !session.transaction.mailParameters.containsKey("SMTPUTF8")) {
            return Optional.of(Replies.NEEDS_SMTPUTF8);
        }
        if (bounces) {
            return Optional.empty(); // the scenario accepts it whoever it is, and fails it at delivery
        }
        if (isPostmaster(path, session.config)) {
            return Optional.empty(); // RFC 5321 §4.5.1: postmaster must always be accepted
        }
        if (path.domain().isEmpty() || !session.config.isLocalDomain(path.domain())) {
            boolean relays = session.authenticatedUser.isPresent()
                    && session.config.relayPolicy() == RelayPolicy.AUTHENTICATED;
            return relays ? Optional.empty() : Optional.of(Replies.relayDenied(path));
        }
        return session.config.hasUser(path.localPart()) ? Optional.empty()
                : Optional.of(Replies.userUnknown(path));
    }

    private static Optional<Reply> checkParameter(String keyword, String value, SessionState session) {
        // The verb table says which parameters RCPT takes, and which extension each needs.
        if (VerbTable.row(Verb.RCPT).parameter(keyword, session).isEmpty()) {
            return Optional.of(Replies.unsupportedOption(keyword));
        }
        return switch (keyword) {
            case "NOTIFY" -> DsnParameters.checkNotify(value);
            case "ORCPT" -> DsnParameters.checkOrcpt(value);
            default -> Optional.empty();
        };
    }

    private static boolean isPostmaster(Path path, SimConfig config) {
        return path.localPart().equalsIgnoreCase("postmaster")
                && (path.domain().isEmpty() || config.isLocalDomain(path.domain()));
    }

    private static Reply accept(Command command, SessionState session, Optional<Reply> bounce) {
        session.transaction.recipients.add(new Recipient(command.path().orElseThrow(), command.parameters(), bounce));
        session.state = SmtpState.RCPT;
        return Replies.RECIPIENT_OK;
    }
}
