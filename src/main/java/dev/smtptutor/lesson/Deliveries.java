package dev.smtptutor.lesson;

import java.util.function.Consumer;

/**
 * Where a lesson hears of the messages the server accepted in the learner's own sessions, one event
 * per message as it is accepted (before its 250 reaches the client). The lesson keeps what it needs
 * itself, so a server that forgets old mail, or one that a whole class shares, cannot hide a
 * delivery from a step or slip someone else's into it.
 */
@FunctionalInterface
public interface Deliveries {

    /** No server of ours is watching (a real host): steps are judged on the replies alone. */
    Deliveries NONE = listener -> () -> { };

    /**
     * Calls {@code listener} for each message accepted from now on, on the server's thread.
     *
     * @return stops the calls (a lesson that ends stops listening)
     */
    Subscription subscribe(Consumer<AcceptedMessage> listener);

    /** A subscription to cancel. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
