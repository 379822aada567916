package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Conversation;
import java.util.Optional;

/**
 * The shell's current connection: a conversation with the built-in simulator or with a real host.
 */
final class Link implements AutoCloseable {

    private final ConnectionOptions options;
    private final Optional<SimulatorHost> simulator;
    private final Conversation conversation;
    private boolean automaticStartTlsTried;

    private Link(ConnectionOptions options, Optional<SimulatorHost> simulator, Conversation conversation) {
        this.options = options;
        this.simulator = simulator;
        this.conversation = conversation;
    }

    static Link open(ConnectionOptions options, Optional<SimulatorHost> simulator) throws ConnectionException {
        return new Link(options, simulator, Conversation.open(options));
    }

    Conversation conversation() {
        return conversation;
    }

    ConnectionOptions options() {
        return options;
    }

    Optional<SimulatorHost> simulator() {
        return simulator;
    }

    boolean isSimulator() {
        return simulator.isPresent();
    }

    /**
     * True once, the first time it is asked after EHLO on a --starttls connection: the tutor then
     * sends STARTTLS itself, as the learner asked on the command line.
     */
    boolean takeAutomaticStartTls() {
        if (automaticStartTlsTried || options.mode() != dev.smtptutor.client.TlsMode.STARTTLS) {
            return false;
        }
        automaticStartTlsTried = true;
        return true;
    }

    boolean isOpen() {
        return conversation.isOpen();
    }

    /** "the built-in simulator (127.0.0.1:40123)" or "mx.example.org:25". */
    String describe() {
        return simulator.isPresent()
                ? Messages.get("link.simulator", "endpoint", options.endpoint()) : options.endpoint();
    }

    @Override
    public void close() {
        conversation.close();
    }
}
