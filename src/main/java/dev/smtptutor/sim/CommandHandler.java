package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import java.util.List;

/** Carries out one SMTP verb on a session; one small class per verb, registered in {@link SimSession}. */
interface CommandHandler {
    List<SessionAction> handle(Command command, SessionState session);

    static List<SessionAction> reply(Reply reply) {
        return List.of(new SessionAction.Send(reply));
    }
}
