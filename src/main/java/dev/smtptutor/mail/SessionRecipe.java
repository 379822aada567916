package dev.smtptutor.mail;

import java.util.List;
import java.util.Optional;

/**
 * What a program needs to do again what the learner did by hand: where, how securely, as whom, and
 * which messages. Read from the session's exchanges by {@link SessionRecipes}.
 *
 * @param host          the server's host name or address
 * @param port          its port
 * @param tls           NONE, REQUIRED (STARTTLS was used) or IMPLICIT
 * @param simulator     the target is the tutor's simulator, whose certificate is self-signed
 * @param ehloName      the name given with EHLO or HELO
 * @param helo          HELO was used instead of EHLO
 * @param authMechanism the SASL mechanism of a successful AUTH (upper case)
 * @param mails         the messages the server accepted, in order
 */
public record SessionRecipe(String host, int port, TlsUse tls, boolean simulator, Optional<String> ehloName,
                            boolean helo, Optional<String> authMechanism, List<MailTransaction> mails) {

    public SessionRecipe {
        mails = List.copyOf(mails);
    }
}
