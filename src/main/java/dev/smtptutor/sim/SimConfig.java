package dev.smtptutor.sim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a simulated server behaves. Everything a teaching scenario may change is here, so one
 * {@link SimSession} implementation serves every scenario.
 *
 * @param hostName          the name in the banner, EHLO reply and certificate
 * @param localDomains      domains whose mailboxes live here; other domains are relayed or refused
 * @param users             local part to password; each user has a mailbox in every local domain
 * @param lists             EXPN mailing lists: list name to member addresses
 * @param tlsAvailable      STARTTLS offered at all
 * @param tlsRequired       every mail command before STARTTLS gets 530 5.7.0 (RFC 3207 §4)
 * @param authRequiresTls   AUTH is only offered after STARTTLS (Postfix smtpd_tls_auth_only)
 * @param authRequired      MAIL needs a successful AUTH first (a submission server, RFC 6409 §4.3)
 * @param sizeLimit         the SIZE limit in octets (RFC 1870)
 * @param maxRecipients     recipients per message before 452 4.5.3 (RFC 5321 §4.5.3.1.8: at least 100)
 * @param idleTimeout       how long the server waits for a command before 421 4.4.2
 * @param maxErrorsInARow   consecutive failed commands before 421 and close (Postfix smtpd_hard_error_limit)
 * @param vrfyPolicy        how VRFY and EXPN answer
 */
public record SimConfig(
        String hostName,
        Set<String> localDomains,
        Map<String, String> users,
        Map<String, List<String>> lists,
        boolean tlsAvailable,
        boolean tlsRequired,
        boolean authRequiresTls,
        boolean authRequired,
        long sizeLimit,
        int maxRecipients,
        Duration idleTimeout,
        int maxErrorsInARow,
        VrfyPolicy vrfyPolicy) {

    public static final String DEFAULT_DOMAIN = "example.test";

    public SimConfig {
        localDomains = Set.copyOf(localDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
        Map<String, String> lower = new LinkedHashMap<>();
        users.forEach((user, password) -> lower.put(user.toLowerCase(Locale.ROOT), password));
        users = Map.copyOf(lower);
        lists = Map.copyOf(lists);
        if (sizeLimit <= 0 || maxRecipients <= 0 || maxErrorsInARow <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The defaults the README documents: domain example.test, users alice and bob. */
    public static SimConfig defaults() {
        return new SimConfig("mail." + DEFAULT_DOMAIN, Set.of(DEFAULT_DOMAIN),
                Map.of("alice", "wonderland", "bob", "builder"),
                Map.of("team", List.of("alice@" + DEFAULT_DOMAIN, "bob@" + DEFAULT_DOMAIN)),
                true, false, true, false, 10_240_000, 100, Duration.ofMinutes(5), 20,
                VrfyPolicy.CANNOT_VERIFY);
    }

    public boolean isLocalDomain(String domain) {
        return localDomains.contains(domain.toLowerCase(Locale.ROOT))
                || hostName.equalsIgnoreCase(domain);
    }

    public boolean hasUser(String localPart) {
        return users.containsKey(localPart.toLowerCase(Locale.ROOT));
    }

    public SimConfig withHostName(String value) {
        return new SimConfig(value, localDomains, users, lists, tlsAvailable, tlsRequired, authRequiresTls,
                authRequired, sizeLimit, maxRecipients, idleTimeout, maxErrorsInARow, vrfyPolicy);
    }

    public SimConfig withTls(boolean available, boolean required) {
        return new SimConfig(hostName, localDomains, users, lists, available, required, authRequiresTls,
                authRequired, sizeLimit, maxRecipients, idleTimeout, maxErrorsInARow, vrfyPolicy);
    }

    public SimConfig withAuth(boolean requiresTls, boolean required) {
        return new SimConfig(hostName, localDomains, users, lists, tlsAvailable, tlsRequired, requiresTls,
                required, sizeLimit, maxRecipients, idleTimeout, maxErrorsInARow, vrfyPolicy);
    }

    public SimConfig withLimits(long size, int recipients) {
        return new SimConfig(hostName, localDomains, users, lists, tlsAvailable, tlsRequired, authRequiresTls,
                authRequired, size, recipients, idleTimeout, maxErrorsInARow, vrfyPolicy);
    }

    public SimConfig withIdleTimeout(Duration value) {
        return new SimConfig(hostName, localDomains, users, lists, tlsAvailable, tlsRequired, authRequiresTls,
                authRequired, sizeLimit, maxRecipients, value, maxErrorsInARow, vrfyPolicy);
    }

    public SimConfig withVrfyPolicy(VrfyPolicy value) {
        return new SimConfig(hostName, localDomains, users, lists, tlsAvailable, tlsRequired, authRequiresTls,
                authRequired, sizeLimit, maxRecipients, idleTimeout, maxErrorsInARow, value);
    }
}
