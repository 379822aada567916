package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import java.util.List;
import java.util.Optional;

/** HELP [topic] (RFC 5321 §4.1.1.8): 214 with text meant for a human. */
final class HelpHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        if (command.argument().isEmpty()) {
            return reply(Reply.of(214, "2.0.0",
                    "Commands: " + String.join(" ", VerbTable.all().stream().map(r -> r.verb().name()).toList()),
                    "HELP <command> shows its syntax"));
        }
        Optional<String> syntax = Verb.of(command.argument().split("\\s+")[0])
                .map(verb -> VerbTable.row(verb).helpSyntax());
        return reply(syntax.map(s -> Reply.of(214, "2.0.0", s))
                .orElseGet(() -> Reply.of(504, "5.5.1", "HELP topic unknown")));
    }
}
