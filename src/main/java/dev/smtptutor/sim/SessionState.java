package dev.smtptutor.sim;

import dev.smtptutor.protocol.SmtpState;
import java.util.Optional;

/** The mutable facts of one session that the command handlers read and change. */
final class SessionState {
    final SimConfig config;
    final MailStore store;
    SmtpState state = SmtpState.CONNECTED;
    boolean extended;
    String heloName = "";
    boolean tls;
    Optional<String> authenticatedUser = Optional.empty();
    Transaction transaction;
    Continuation continuation;

    SessionState(SimConfig config, MailStore store) {
        this.config = config;
        this.store = store;
    }

    boolean greeted() {
        return state != SmtpState.CONNECTED && state != SmtpState.CLOSED;
    }

    /** Ends any transaction (RSET, EHLO, end of DATA): RFC 5321 §4.1.1.5. */
    void resetTransaction() {
        transaction = null;
        continuation = null;
        if (greeted()) {
            state = SmtpState.GREETED;
        }
    }

    /** AUTH is on offer now: after TLS, or always when the scenario allows plaintext AUTH. */
    boolean authOffered() {
        return tls || !config.authRequiresTls();
    }
}
