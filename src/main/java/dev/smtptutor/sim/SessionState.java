package dev.smtptutor.sim;

import dev.smtptutor.protocol.SmtpState;
import java.time.Clock;
import java.util.Optional;

/** The mutable facts of one session that the command handlers read and change. */
final class SessionState {
    final SimConfig config;
    final MailStore store;
    final DeliverySink sink;
    final Clock clock;
    final RuleLayer rules;
    final SessionHooks hooks;
    /** The id the server and its observer know this session by; 0 outside a server. */
    final long id;
    SmtpState state = SmtpState.CONNECTED;
    boolean extended;
    String heloName = "";
    boolean tls;
    Optional<String> authenticatedUser = Optional.empty();
    /** The SASL mechanism of the AUTH exchange under way or last tried, upper case. */
    Optional<String> authMechanism = Optional.empty();
    /** The greeting was 554: every command but QUIT gets 503 (RFC 5321 §3.1). */
    boolean refusedAtConnect;
    Transaction transaction;
    Continuation continuation;
    /** The BDAT chunk whose octets are being read; null otherwise. */
    BdatHandler.PendingChunk pendingChunk;

    SessionState(Simulation simulation, String client, long id) {
        this.hooks = simulation.hooks();
        this.id = id;
        this.config = simulation.config();
        this.store = simulation.store();
        this.sink = simulation.sink();
        this.clock = simulation.clock();
        this.rules = new RuleLayer(new RuleMatcher(simulation.scenario().rules(), simulation.attempts(),
                simulation.clock()), client);
    }

    boolean greeted() {
        return state != SmtpState.CONNECTED && state != SmtpState.CLOSED;
    }

    /** Ends any transaction (RSET, EHLO, end of DATA): RFC 5321 §4.1.1.5. */
    void resetTransaction() {
        // A message under way gives its reserved room in the store back.
        if (continuation instanceof MessageReceiver receiver) {
            receiver.discard();
        }
        if (transaction != null && transaction.chunks != null) {
            transaction.chunks.discard();
        }
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
