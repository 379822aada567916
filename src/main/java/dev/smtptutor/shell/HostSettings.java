package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Trust;
import java.time.Duration;

/**
 * How the shell connects to real hosts: which certificates it trusts (the JDK's store by default, a
 * lab's own CA with --cafile, anything with --insecure) and how long it waits.
 */
public record HostSettings(Trust trust, Duration connectTimeout, Duration replyTimeout) {

    public static HostSettings defaults() {
        return new HostSettings(Trust.systemDefault(), ConnectionOptions.DEFAULT_CONNECT_TIMEOUT,
                ConnectionOptions.DEFAULT_REPLY_TIMEOUT);
    }

    public HostSettings withTrust(Trust value) {
        return new HostSettings(value, connectTimeout, replyTimeout);
    }

    /** The same authorities checked and every problem recorded, but no certificate refused. */
    public HostSettings insecurely() {
        return withTrust(trust.insecurely());
    }

    public boolean insecure() {
        return trust instanceof Trust.Insecure;
    }

    public ConnectionOptions options(HostSpec spec) {
        return ConnectionOptions.builder(spec.host(), spec.port()).mode(spec.mode()).trust(trust)
                .connectTimeout(connectTimeout).replyTimeout(replyTimeout).build();
    }
}
