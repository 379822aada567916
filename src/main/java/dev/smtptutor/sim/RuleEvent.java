package dev.smtptutor.sim;

import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Locale;

/**
 * The facts a rule is matched against: what happened, from which client, in which session state.
 *
 * @param kind          the event
 * @param client        who the client is: its {@link ClientIdentity} (user, EHLO name or IP address)
 * @param sender        the envelope sender of the open transaction, "" when none (or the null path)
 * @param addresses     MAIL: the sender; RCPT: the recipient; VRFY, EXPN: the argument;
 *                      DATA, BDAT, MESSAGE: the recipients; otherwise none
 * @param state         the session state before the event
 * @param tls           TLS is active
 * @param authenticated the client has authenticated
 */
record RuleEvent(SessionEvent kind, String client, String sender, List<String> addresses, SmtpState state,
                 boolean tls, boolean authenticated) {

    RuleEvent {
        addresses = List.copyOf(addresses);
    }

    /**
     * What makes two events "the same try" for attempt counting: for RCPT the greylisting triple of
     * client, sender and recipient (RFC 6647 §2.1).
     */
    String attemptKey() {
        return (kind + "\n" + client + "\n" + sender + "\n" + String.join("\n", addresses)).toLowerCase(Locale.ROOT);
    }
}
