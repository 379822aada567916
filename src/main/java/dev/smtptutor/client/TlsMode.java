package dev.smtptutor.client;

/** How a connection uses TLS. */
public enum TlsMode {
    /** Plaintext; the session may still upgrade if the caller sends STARTTLS. */
    PLAIN(25),
    /**
     * Plaintext first, like {@link #PLAIN} on the wire: the caller sends EHLO, then STARTTLS, and
     * upgrades after the 220 (RFC 3207 §4). The mode records the intent, e.g. for a submission port.
     */
    STARTTLS(587),
    /** TLS from the first byte, before the greeting (RFC 8314 §3.3, submissions on port 465). */
    IMPLICIT(465);

    private final int defaultPort;

    TlsMode(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port this mode usually goes with: 25, 587 or 465. */
    public int defaultPort() {
        return defaultPort;
    }
}
