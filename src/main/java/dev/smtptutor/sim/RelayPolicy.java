package dev.smtptutor.sim;

/**
 * Who may address mailboxes outside the local domains. The simulator never relays anything anywhere
 * either way: accepted mail for other domains stays in its store.
 */
public enum RelayPolicy {
    /** Only an authenticated client, as a submission server relays for its own users (RFC 6409 §4.3). */
    AUTHENTICATED,
    /** Nobody: every foreign recipient gets 554 5.7.1, the answer an MX gives to strangers. */
    NEVER
}
