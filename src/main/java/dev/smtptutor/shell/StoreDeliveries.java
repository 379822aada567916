package dev.smtptutor.shell;

import dev.smtptutor.lesson.AcceptedMessage;
import dev.smtptutor.lesson.Deliveries;
import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.StoredMessage;
import java.util.function.Consumer;

/**
 * The shell's built-in simulator as a lesson's {@link Deliveries}: each message its store accepts,
 * as the lesson's own {@link AcceptedMessage}. The store is this learner's alone.
 */
public final class StoreDeliveries implements Deliveries {

    private final MailStore store;

    public StoreDeliveries(MailStore store) {
        this.store = store;
    }

    @Override
    public Subscription subscribe(Consumer<AcceptedMessage> listener) {
        return store.onDelivery(message -> listener.accept(accepted(message)))::close;
    }

    static AcceptedMessage accepted(StoredMessage message) {
        return new AcceptedMessage(message.id(), message.envelope().sender(), message.envelope().recipientPaths(),
                message.content());
    }
}
