package dev.smtptutor.sim;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a client is, for state kept across its connections (greylisting's attempt counts): the
 * authenticated user where there is one (wherever they connect from), else the name it gave in
 * EHLO/HELO together with its IP address, else the IP address alone. So students behind one NAT keep
 * separate state once they say who they are, two machines that both say {@code EHLO localhost} stay
 * apart, and a retry from the same client on a new connection still counts as a retry (RFC 6647 §2.1).
 */
final class ClientIdentity {

    private ClientIdentity() {}

    static String of(Optional<String> authenticatedUser, String heloName, String ip) {
        if (authenticatedUser.isPresent()) {
            return "user:" + authenticatedUser.get().toLowerCase(Locale.ROOT);
        }
        if (!heloName.isBlank()) {
            return "ehlo:" + heloName.strip().toLowerCase(Locale.ROOT) + "@" + ip;
        }
        return "ip:" + ip;
    }
}
