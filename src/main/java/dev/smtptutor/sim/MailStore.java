package dev.smtptutor.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Everything the simulator accepted, in arrival order. Thread-safe: a whole class delivers into one
 * store at once. Mail for other domains is kept here too, marked by its recipients: the simulator
 * never relays anything anywhere.
 */
public final class MailStore {

    private final List<StoredMessage> messages = new CopyOnWriteArrayList<>();
    private final List<Consumer<StoredMessage>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    /** A new queue ID, hexadecimal like Postfix's. */
    String nextId() {
        return String.format(Locale.ROOT, "%010X", sequence.incrementAndGet());
    }

    void add(StoredMessage message) {
        messages.add(message);
        for (Consumer<StoredMessage> listener : listeners) {
            listener.accept(message);
        }
    }

    /** Called for each message as it is stored (the shell and lessons watch deliveries). */
    public void onDelivery(Consumer<StoredMessage> listener) {
        listeners.add(listener);
    }

    public List<StoredMessage> messages() {
        return List.copyOf(messages);
    }

    public Optional<StoredMessage> find(String id) {
        return messages.stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<StoredMessage> latest() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /**
     * Messages delivered to the given envelope recipient (case-insensitive), the mailbox view; a
     * recipient whose delivery failed (the bounce scenario) has not got the message.
     */
    public List<StoredMessage> mailbox(String address) {
        List<StoredMessage> out = new ArrayList<>();
        for (StoredMessage m : messages) {
            if (m.envelope().recipients().stream()
                    .anyMatch(r -> r.delivered() && r.path().address().equalsIgnoreCase(address))) {
                out.add(m);
            }
        }
        return out;
    }

    public int size() {
        return messages.size();
    }

    public void clear() {
        messages.clear();
    }
}
