package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.Verb;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HELP [topic] (RFC 5321 §4.1.1.8): 214 with text meant for a human. */
final class HelpHandler implements CommandHandler {

    private static final Map<Verb, String> SYNTAX = Map.ofEntries(
            Map.entry(Verb.EHLO, "EHLO <hostname>"),
            Map.entry(Verb.HELO, "HELO <hostname>"),
            Map.entry(Verb.MAIL, "MAIL FROM:<sender> [SIZE=n] [BODY=7BIT|8BITMIME] [SMTPUTF8] [RET=FULL|HDRS] [ENVID=id]"),
            Map.entry(Verb.RCPT, "RCPT TO:<recipient> [NOTIFY=NEVER|SUCCESS,FAILURE,DELAY] [ORCPT=rfc822;address]"),
            Map.entry(Verb.DATA, "DATA, then the message, then a line with a single ."),
            Map.entry(Verb.BDAT, "BDAT <size> [LAST], then exactly <size> octets of the message"),
            Map.entry(Verb.RSET, "RSET"),
            Map.entry(Verb.NOOP, "NOOP"),
            Map.entry(Verb.QUIT, "QUIT"),
            Map.entry(Verb.VRFY, "VRFY <address>"),
            Map.entry(Verb.EXPN, "EXPN <list>"),
            Map.entry(Verb.HELP, "HELP [command]"),
            Map.entry(Verb.STARTTLS, "STARTTLS"),
            Map.entry(Verb.AUTH, "AUTH PLAIN|LOGIN|CRAM-MD5|XOAUTH2 [initial-response]"));

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        if (command.argument().isEmpty()) {
            return reply(Reply.of(214, "2.0.0",
                    "Commands: EHLO HELO MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY EXPN HELP STARTTLS AUTH",
                    "HELP <command> shows its syntax"));
        }
        Optional<String> syntax = Verb.of(command.argument().split("\\s+")[0]).map(SYNTAX::get);
        return reply(syntax.map(s -> Reply.of(214, "2.0.0", s))
                .orElseGet(() -> Reply.of(504, "5.5.1", "HELP topic unknown")));
    }
}
