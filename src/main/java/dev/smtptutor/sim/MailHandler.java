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
 * MAIL FROM:&lt;reverse-path&gt; [SIZE=n] [BODY=7BIT|8BITMIME] [SMTPUTF8] [AUTH=addr] [RET=FULL|HDRS]
 * [ENVID=xtext] (RFC 5321 §4.1.1.2, RFC 1870 §6, RFC 6152 §2, RFC 6531 §3.4, RFC 4954 §5, RFC 3461 §4):
 * opens a transaction.
 */
final class MailHandler implements CommandHandler {


    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        return reply(check(command, session).orElseGet(() -> accept(command, session)));
    }

    private static Optional<Reply> check(Command command, SessionState session) {
        if (!session.greeted()) {
            return Optional.of(Replies.NEED_EHLO);
        }
        if (session.transaction != null) {
            return Optional.of(Replies.NESTED_MAIL);
        }
        if (session.config.authRequired() && session.authenticatedUser.isEmpty()) {
            return Optional.of(Replies.AUTH_REQUIRED);
        }
        for (Map.Entry<String, String> param : command.parameters().entrySet()) {
            Optional<Reply> problem = checkParameter(param.getKey(), param.getValue(), session);
            if (problem.isPresent()) {
                return problem;
            }
        }
        Path sender = command.path().orElseThrow();
        if (!sender.isAscii() && !command.hasParameter("SMTPUTF8")) {
            return Optional.of(Replies.NEEDS_SMTPUTF8);
        }
        return session.authenticatedUser.filter(user -> !owns(user, sender, session.config))
                .map(user -> Replies.senderNotOwned(sender, user));
    }

    /**
     * A logged-in user may send only as their own address, as Postfix does with
     * reject_authenticated_sender_login_mismatch (postconf(5)): otherwise any customer could send as
     * anyone, and the receiving domain's SPF would even pass. The null sender (bounces) is allowed.
     */
    private static boolean owns(String user, Path sender, SimConfig config) {
        return sender.isNull() || sender.localPart().equalsIgnoreCase(user) && config.isLocalDomain(sender.domain());
    }

    private static Optional<Reply> checkParameter(String keyword, String value, SessionState session) {
        // The verb table says which parameters MAIL takes, and which extension each needs.
        if (VerbTable.row(Verb.MAIL).parameter(keyword, session).isEmpty()) {
            return Optional.of(Replies.unsupportedOption(keyword));
        }
        SimConfig config = session.config;
        return switch (keyword) {
            // RFC 1870 §6: size-value = 1*20DIGIT; refuse at once what could never fit.
            case "SIZE" -> !value.matches("\\d{1,20}") ? Optional.of(Replies.BAD_SIZE)
                    : exceeds(value, config.sizeLimit()) ? Optional.of(Replies.SIZE_EXCEEDS_LIMIT) : Optional.empty();
            case "BODY" -> value.equalsIgnoreCase("7BIT") || value.equalsIgnoreCase("8BITMIME")
                    ? Optional.empty() : Optional.of(Replies.BAD_BODY);
            case "SMTPUTF8" -> value.isEmpty() ? Optional.empty() : Optional.of(Replies.unsupportedOption(keyword));
            case "RET" -> DsnParameters.checkRet(value);
            case "ENVID" -> DsnParameters.checkEnvid(value);
            default -> Optional.empty();
        };
    }

    private static boolean exceeds(String digits, long limit) {
        return digits.length() > 18 || Long.parseLong(digits) > limit;
    }

    private static Reply accept(Command command, SessionState session) {
        session.transaction = new Transaction(command.path().orElseThrow(), command.parameters());
        session.state = SmtpState.MAIL;
        return Replies.SENDER_OK;
    }
}
