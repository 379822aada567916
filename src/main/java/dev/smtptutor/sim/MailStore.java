package dev.smtptutor.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What the simulator accepted, in arrival order. Thread-safe: a whole class delivers into one store
 * at once. Mail for other domains is kept here too, marked by its recipients: the simulator never
 * relays anything anywhere.
 *
 * <p>Storing is constant-time (a whole class, or a load test, may deliver tens of thousands of
 * messages), and only the most recent {@link #DEFAULT_CAPACITY} are kept, so a simulator that runs
 * all term does not grow without bound.
 */
public final class MailStore {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final ArrayDeque<StoredMessage> messages = new ArrayDeque<>();
    private final List<Consumer<StoredMessage>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    public MailStore() {
        this(DEFAULT_CAPACITY);
    }

    /** A store that keeps at most {@code capacity} messages, forgetting the oldest first. */
    public MailStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a mail store keeps at least one message");
        }
        this.capacity = capacity;
    }

    /** A new queue ID, hexadecimal like Postfix's. */
    String nextId() {
        return String.format(Locale.ROOT, "%010X", sequence.incrementAndGet());
    }

    void add(StoredMessage message) {
        synchronized (messages) {
            messages.addLast(message);
            if (messages.size() > capacity) {
                messages.removeFirst();
            }
        }
        for (Consumer<StoredMessage> listener : listeners) {
            listener.accept(message);
        }
    }

    /** Called for each message as it is stored (the shell and lessons watch deliveries). */
    public void onDelivery(Consumer<StoredMessage> listener) {
        listeners.add(listener);
    }

    public List<StoredMessage> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    public Optional<StoredMessage> find(String id) {
        return messages().stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<StoredMessage> latest() {
        synchronized (messages) {
            return Optional.ofNullable(messages.peekLast());
        }
    }

    /**
     * Messages delivered to the given envelope recipient (case-insensitive), the mailbox view; a
     * recipient whose delivery failed (the bounce scenario) has not got the message.
     */
    public List<StoredMessage> mailbox(String address) {
        List<StoredMessage> out = new ArrayList<>();
        for (StoredMessage m : messages()) {
            if (m.envelope().recipients().stream()
                    .anyMatch(r -> r.delivered() && r.path().address().equalsIgnoreCase(address))) {
                out.add(m);
            }
        }
        return out;
    }

    public int size() {
        synchronized (messages) {
            return messages.size();
        }
    }

    public void clear() {
        synchronized (messages) {
            messages.clear();
        }
    }
}
