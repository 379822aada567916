package dev.smtptutor.mail;

import dev.smtptutor.protocol.Exchange;
import java.util.List;
import java.util.Optional;

/**
 * What happened when Jakarta Mail sent a message: the protocol trace as exchanges (credentials
 * masked), and why it failed, if it did.
 *
 * @param trace   every client line and server reply, in order
 * @param failure Jakarta Mail's reason for giving up, e.g. "535 5.7.8 Authentication failed"
 */
public record SendOutcome(List<Exchange> trace, Optional<String> failure) {

    public SendOutcome {
        trace = List.copyOf(trace);
    }

    public boolean delivered() {
        return failure.isEmpty();
    }
}
