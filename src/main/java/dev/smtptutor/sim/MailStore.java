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
 * messages), and only the most recent {@link #DEFAULT_CAPACITY} are kept, within a byte budget that
 * also counts the messages still arriving ({@link MessageBuffer}), so a simulator that runs all term,
 * or a class sending large messages at once, does not grow without bound.
 */
public final class MailStore {

    public static final int DEFAULT_CAPACITY = 10_000;
    /** By default the store and the messages under way may use a quarter of the heap, at most 512 MB. */
    public static final long DEFAULT_BYTE_BUDGET = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);

    private final int capacity;
    private final long byteBudget;
    /** Octets of the messages kept, and octets reserved by messages still arriving; guarded by messages. */
    private long storedBytes;
    private long reservedBytes;
    private final ArrayDeque<StoredMessage> messages = new ArrayDeque<>();
    private final List<Consumer<StoredMessage>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    public MailStore() {
        this(DEFAULT_CAPACITY);
    }

    /** A store that keeps at most {@code capacity} messages, forgetting the oldest first. */
    public MailStore(int capacity) {
        this(capacity, DEFAULT_BYTE_BUDGET);
    }

    /**
     * A store that keeps at most {@code capacity} messages and {@code byteBudget} octets, counting the
     * messages still arriving, forgetting the oldest messages first.
     */
    public MailStore(int capacity, long byteBudget) {
        if (capacity < 1 || byteBudget < 1) {
            throw new IllegalArgumentException("a mail store keeps at least one message and one octet");
        }
        this.capacity = capacity;
        this.byteBudget = byteBudget;
    }

    public long byteBudget() {
        return byteBudget;
    }

    /** Octets of the messages kept now. */
    public long storedBytes() {
        synchronized (messages) {
            return storedBytes;
        }
    }

    /**
     * Makes room for octets of a message under way, forgetting old messages if need be; false when
     * the messages under way would use more than the whole budget.
     */
    boolean reserve(long octets) {
        synchronized (messages) {
            if (reservedBytes + octets > byteBudget) {
                return false;
            }
            reservedBytes += octets;
            evictWhileOver(0);
            return true;
        }
    }

    void release(long octets) {
        synchronized (messages) {
            reservedBytes = Math.max(0, reservedBytes - octets);
        }
    }

    private void evictWhileOver(int keep) {
        while (messages.size() > keep && (messages.size() > capacity || storedBytes + reservedBytes > byteBudget)) {
            storedBytes -= messages.removeFirst().content().length;
        }
    }

    /** A new queue ID, hexadecimal like Postfix's. */
    String nextId() {
        return String.format(Locale.ROOT, "%010X", sequence.incrementAndGet());
    }

    void add(StoredMessage message) {
        synchronized (messages) {
            messages.addLast(message);
            storedBytes += message.content().length;
            evictWhileOver(1); // the newest stays, even alone over the budget
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
            storedBytes = 0;
        }
    }
}
