package dev.smtptutor.sim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a simulated server behaves. Everything a teaching scenario's {@code settings:} may change is
 * here, so one {@link SimSession} implementation serves every scenario.
 *
 * @param hostName          the name in the banner, EHLO reply and certificate
 * @param localDomains      domains whose mailboxes live here; other domains are relayed or refused
 * @param users             who may log in and which mailboxes exist; each user's local part has a mailbox
 *                          in every local domain
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
 * @param relayPolicy       whether an authenticated client may address other domains
 * @param bareNewlines      whether DATA accepts lines ended by a bare LF (the SMTP smuggling lesson)
 * @param dsn               DSN offered: RET, ENVID, NOTIFY and ORCPT accepted (RFC 3461)
 * @param chunking          CHUNKING offered: BDAT accepted (RFC 3030)
 * @param enhancedStatusCodes ENHANCEDSTATUSCODES offered; when false the replies carry none (RFC 2034 §3:
 *                          a server uses them only after announcing them), like many older servers
 * @param xoauth2Token      the one bearer token AUTH XOAUTH2 accepts; empty: XOAUTH2 not offered
 */
public record SimConfig(
        String hostName,
        Set<String> localDomains,
        Users users,
        Map<String, List<String>> lists,
        boolean tlsAvailable,
        boolean tlsRequired,
        boolean authRequiresTls,
        boolean authRequired,
        long sizeLimit,
        int maxRecipients,
        Duration idleTimeout,
        int maxErrorsInARow,
        VrfyPolicy vrfyPolicy,
        RelayPolicy relayPolicy,
        BareNewlinePolicy bareNewlines,
        boolean dsn,
        boolean chunking,
        Optional<String> xoauth2Token,
        boolean enhancedStatusCodes) {

    public static final String DEFAULT_DOMAIN = "example.test";

    public SimConfig {
        Set<String> lowered = new java.util.HashSet<>();
        for (String domain : localDomains) {
            lowered.add(domain.toLowerCase(Locale.ROOT));
        }
        localDomains = Set.copyOf(lowered);
        users = users == null ? Users.builder().build() : users;
        lists = Map.copyOf(lists);
        if (sizeLimit <= 0 || maxRecipients <= 0 || maxErrorsInARow <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
    }

    /** The defaults the README documents: domain example.test, users alice and bob. One shared value (records are immutable). */
    public static SimConfig defaults() {
        return Defaults.VALUE;
    }

    private static final class Defaults {
        static final SimConfig VALUE = new SimConfig("mail." + DEFAULT_DOMAIN, Set.of(DEFAULT_DOMAIN),
                Users.builder().add("alice", "wonderland", "alice@" + DEFAULT_DOMAIN)
                        .add("bob", "builder", "bob@" + DEFAULT_DOMAIN).build(),
                Map.of("team", List.of("alice@" + DEFAULT_DOMAIN, "bob@" + DEFAULT_DOMAIN)),
                true, false, true, false, 10_240_000, 100, Duration.ofMinutes(5), 20,
                VrfyPolicy.CANNOT_VERIFY, RelayPolicy.AUTHENTICATED, BareNewlinePolicy.REJECT, true, true,
                Optional.empty(), true);
    }

    public boolean isLocalDomain(String domain) {
        return localDomains.contains(domain.toLowerCase(Locale.ROOT))
                || hostName.equalsIgnoreCase(domain);
    }

    /** True when a local mailbox has this local part (the domain is checked by {@link #isLocalDomain}). */
    public boolean hasUser(String localPart) {
        return users.hasLocalPart(localPart);
    }

    /**
     * The user a login names: their name, their address, or (as before users had addresses) their
     * local part at any local domain. Empty for anyone else.
     */
    public Optional<User> login(String login) {
        Optional<User> named = users.named(login).or(() -> users.withAddress(login));
        if (named.isPresent()) {
            return named;
        }
        int at = login.lastIndexOf('@');
        return at > 0 && isLocalDomain(login.substring(at + 1)) ? users.withLocalPart(login.substring(0, at))
                .filter(u -> isLocalDomain(u.domain())) : Optional.empty();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public SimConfig withHostName(String value) {
        return toBuilder().hostName(value).build();
    }

    public SimConfig withTls(boolean available, boolean required) {
        return toBuilder().tlsAvailable(available).tlsRequired(required).build();
    }

    public SimConfig withAuth(boolean requiresTls, boolean required) {
        return toBuilder().authRequiresTls(requiresTls).authRequired(required).build();
    }

    public SimConfig withLimits(long size, int recipients) {
        return toBuilder().sizeLimit(size).maxRecipients(recipients).build();
    }

    public SimConfig withIdleTimeout(Duration value) {
        return toBuilder().idleTimeout(value).build();
    }

    public SimConfig withVrfyPolicy(VrfyPolicy value) {
        return toBuilder().vrfyPolicy(value).build();
    }

    /** Changes a few settings of a config and builds a new one; the record itself stays immutable. */
    public static final class Builder {
        private String hostName;
        private Set<String> localDomains;
        private Users users;
        private Map<String, List<String>> lists;
        private boolean tlsAvailable;
        private boolean tlsRequired;
        private boolean authRequiresTls;
        private boolean authRequired;
        private long sizeLimit;
        private int maxRecipients;
        private Duration idleTimeout;
        private int maxErrorsInARow;
        private VrfyPolicy vrfyPolicy;
        private RelayPolicy relayPolicy;
        private BareNewlinePolicy bareNewlines;
        private boolean dsn;
        private boolean chunking;
        private Optional<String> xoauth2Token;
        private boolean enhancedStatusCodes;

        private Builder(SimConfig c) {
            hostName = c.hostName;
            localDomains = c.localDomains;
            users = c.users;
            lists = c.lists;
            tlsAvailable = c.tlsAvailable;
            tlsRequired = c.tlsRequired;
            authRequiresTls = c.authRequiresTls;
            authRequired = c.authRequired;
            sizeLimit = c.sizeLimit;
            maxRecipients = c.maxRecipients;
            idleTimeout = c.idleTimeout;
            maxErrorsInARow = c.maxErrorsInARow;
            vrfyPolicy = c.vrfyPolicy;
            relayPolicy = c.relayPolicy;
            bareNewlines = c.bareNewlines;
            dsn = c.dsn;
            chunking = c.chunking;
            xoauth2Token = c.xoauth2Token;
            enhancedStatusCodes = c.enhancedStatusCodes;
        }

        public Builder hostName(String value) {
            hostName = value;
            return this;
        }

        /** The accounts (a scenario's {@code settings.users}, a classroom's roster). */
        public Builder users(Users value) {
            users = value;
            return this;
        }

        public Builder tlsAvailable(boolean value) {
            tlsAvailable = value;
            return this;
        }

        public Builder tlsRequired(boolean value) {
            tlsRequired = value;
            return this;
        }

        public Builder authRequiresTls(boolean value) {
            authRequiresTls = value;
            return this;
        }

        public Builder authRequired(boolean value) {
            authRequired = value;
            return this;
        }

        public Builder sizeLimit(long value) {
            sizeLimit = value;
            return this;
        }

        public Builder maxRecipients(int value) {
            maxRecipients = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        public Builder vrfyPolicy(VrfyPolicy value) {
            vrfyPolicy = value;
            return this;
        }

        public Builder relayPolicy(RelayPolicy value) {
            relayPolicy = value;
            return this;
        }

        public Builder bareNewlines(BareNewlinePolicy value) {
            bareNewlines = value;
            return this;
        }

        public Builder dsn(boolean value) {
            dsn = value;
            return this;
        }

        public Builder chunking(boolean value) {
            chunking = value;
            return this;
        }

        public Builder xoauth2Token(Optional<String> value) {
            xoauth2Token = value;
            return this;
        }

        public Builder enhancedStatusCodes(boolean value) {
            enhancedStatusCodes = value;
            return this;
        }

        public SimConfig build() {
            return new SimConfig(hostName, localDomains, users, lists, tlsAvailable, tlsRequired, authRequiresTls,
                    authRequired, sizeLimit, maxRecipients, idleTimeout, maxErrorsInARow, vrfyPolicy, relayPolicy,
                    bareNewlines, dsn, chunking, xoauth2Token, enhancedStatusCodes);
        }
    }
}
