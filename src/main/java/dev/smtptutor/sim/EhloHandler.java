package dev.smtptutor.sim;

import static dev.smtptutor.sim.CommandHandler.reply;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.ArrayList;
import java.util.List;

/**
 * EHLO (RFC 5321 §4.1.1.1): names the client, resets any transaction, and answers with the server's
 * name and one line per extension it offers in this state.
 */
final class EhloHandler implements CommandHandler {

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        session.resetTransaction();
        session.state = SmtpState.GREETED;
        session.extended = true;
        session.heloName = command.argument();
        return reply(Reply.multiline(250, capabilities(session)));
    }

    static List<String> capabilities(SessionState session) {
        SimConfig config = session.config;
        List<String> lines = new ArrayList<>();
        lines.add(config.hostName());
        lines.add("PIPELINING");                                  // RFC 2920
        lines.add("SIZE " + config.sizeLimit());                  // RFC 1870
        if (config.vrfyPolicy() == VrfyPolicy.ANSWER) {
            lines.add("EXPN");                                    // RFC 5321 §3.5.2: EXPN MUST be listed
        }
        if (config.tlsAvailable() && !session.tls) {
            lines.add("STARTTLS");                                // RFC 3207 §4.2: not again after TLS
        }
        if (session.authOffered()) {
            lines.add("AUTH " + String.join(" ", SaslMechanisms.names(config))); // RFC 4954 §3
        }
        lines.add("ENHANCEDSTATUSCODES");                         // RFC 2034
        lines.add("8BITMIME");                                    // RFC 6152
        if (config.dsn()) {
            lines.add("DSN");                                     // RFC 3461
        }
        lines.add("SMTPUTF8");                                    // RFC 6531
        if (config.chunking()) {
            lines.add("CHUNKING");                                // RFC 3030
        }
        lines.add("HELP");
        return lines;
    }
}
