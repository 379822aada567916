package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * VRFY and EXPN (RFC 5321 §3.5, §4.1.1.6-7). Most servers refuse to answer them because they hand
 * address lists to spammers (§7.3); the policy decides.
 */
final class VerifyHandlers {

    private VerifyHandlers() {}

    static final CommandHandler VRFY = (command, session) -> reply(switch (session.config.vrfyPolicy()) {
        case CANNOT_VERIFY -> Replies.CANNOT_VRFY;
        case DISABLED -> Replies.VRFY_DISABLED;
        case ANSWER -> verify(command.argument(), session.config);
    });

    static final CommandHandler EXPN = (command, session) -> reply(switch (session.config.vrfyPolicy()) {
        case CANNOT_VERIFY -> Replies.CANNOT_VRFY;
        case DISABLED -> Replies.EXPN_DISABLED;
        case ANSWER -> expand(command.argument(), session.config);
    });

    /** RFC 5321 §3.5.1: the reply names the full mailbox, "User Name &lt;local@domain&gt;". */
    private static Reply verify(String argument, SimConfig config) {
        String query = argument.replaceAll("^<|>$", "");
        String local = query.contains("@") ? query.substring(0, query.lastIndexOf('@')) : query;
        String domain = query.contains("@") ? query.substring(query.lastIndexOf('@') + 1) : SimConfig.DEFAULT_DOMAIN;
        if (!config.isLocalDomain(domain) || !config.hasUser(local)) {
            return Replies.userUnknown(new dev.smtptutor.protocol.Path(query));
        }
        String user = local.toLowerCase(Locale.ROOT);
        String name = Character.toUpperCase(user.charAt(0)) + user.substring(1);
        return Reply.of(250, "2.1.5", name + " <" + user + "@" + domain.toLowerCase(Locale.ROOT) + ">");
    }

    /** RFC 5321 §3.5.2: one line per member of the list. */
    private static Reply expand(String argument, SimConfig config) {
        String name = argument.replaceAll("^<|>$", "").replaceAll("@.*$", "").toLowerCase(Locale.ROOT);
        List<String> members = config.lists().get(name);
        if (members == null) {
            return Replies.listUnknown(name);
        }
        List<String> texts = new ArrayList<>();
        for (String member : members) {
            texts.add("<" + member + ">");
        }
        return Reply.of(250, "2.1.5", texts.toArray(String[]::new));
    }
}
