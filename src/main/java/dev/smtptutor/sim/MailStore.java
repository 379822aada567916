package dev.smtptutor.sim;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What the simulator accepted: one global view in arrival order (the shell's {@code /mailbox}) and
 * one mailbox per envelope recipient that got the message (a student's inbox). Thread-safe: a whole
 * class delivers into one store at once. Mail for other domains is kept here too, marked by its
 * recipients: the simulator never relays anything anywhere.
 *
 * <p>Storing is constant-time (a whole class, or a load test, may deliver tens of thousands of
 * messages). The global view keeps the most recent {@code capacity} messages, each mailbox its own
 * most recent {@code capacity}, and at most {@link #MAX_MAILBOXES} mailboxes are remembered (the least
 * recently delivered to forgotten first), so a simulator that runs all term does not grow without
 * bound, and one busy mailbox never pushes another's mail out.
 */
public final class MailStore {

    public static final int DEFAULT_CAPACITY = 10_000;
    public static final int MAX_MAILBOXES = 10_000;

    private final int capacity;
    private final ArrayDeque<StoredMessage> messages = new ArrayDeque<>();
    // Guarded by `messages`, like the global view, so both always agree.
    private final Map<String, ArrayDeque<StoredMessage>> mailboxes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<StoredMessage>> eldest) {
            return size() > MAX_MAILBOXES;
        }
    };
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
            for (String mailbox : mailboxesOf(message)) {
                ArrayDeque<StoredMessage> box = mailboxes.computeIfAbsent(mailbox, k -> new ArrayDeque<>());
                box.addLast(message);
                if (box.size() > capacity) {
                    box.removeFirst();
                }
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
     * The mailbox of an envelope recipient (case-insensitive), oldest first; a recipient whose
     * delivery failed (the bounce scenario) has not got the message.
     */
    public List<StoredMessage> mailbox(String address) {
        synchronized (messages) {
            ArrayDeque<StoredMessage> box = mailboxes.get(address.toLowerCase(Locale.ROOT));
            return box == null ? List.of() : List.copyOf(box);
        }
    }

    /** The addresses that have mail, in no particular order. */
    public Set<String> mailboxes() {
        synchronized (messages) {
            return Set.copyOf(mailboxes.keySet());
        }
    }

    /** The mailboxes a message lands in: its recipients that got it, lower-cased, each once. */
    static Set<String> mailboxesOf(StoredMessage message) {
        Set<String> out = new LinkedHashSet<>();
        for (Recipient r : message.envelope().recipients()) {
            if (r.delivered()) {
                out.add(r.path().address().toLowerCase(Locale.ROOT));
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
            mailboxes.clear();
        }
    }
}
