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
 * recently delivered to forgotten first), so one busy mailbox never pushes another's mail out. All the
 * messages held, in any view, also stay within a byte budget that counts the messages still arriving
 * ({@link MessageBuffer}): over it the oldest message is forgotten everywhere, so a simulator that runs
 * all term, or a class sending large messages at once, does not grow without bound.
 */
public final class MailStore {

    public static final int DEFAULT_CAPACITY = 10_000;
    public static final int MAX_MAILBOXES = 10_000;
    /** By default the store and the messages under way may use a quarter of the heap, at most 512 MB. */
    public static final long DEFAULT_BYTE_BUDGET = Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4);

    private final int capacity;
    private final long byteBudget;
    /** Octets of the messages kept; written under `messages`, read without it. */
    private volatile long storedBytes;
    /**
     * Octets reserved by messages still arriving. Atomic, so that a reservation with room to spare
     * takes no lock: every message of a whole class reserves and releases, and a lock there makes them
     * queue behind each other (a convoy on a busy machine).
     */
    private final AtomicLong reservedBytes = new AtomicLong();
    private final ArrayDeque<StoredMessage> messages = new ArrayDeque<>();
    // Guarded by `messages`, like the global view, so both always agree.
    private final Map<String, ArrayDeque<StoredMessage>> mailboxes = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<StoredMessage>> eldest) {
            if (size() <= MAX_MAILBOXES) {
                return false;
            }
            eldest.getValue().forEach(MailStore.this::drop);
            return true;
        }
    };
    /** Every message held by a view, oldest first, with the number of views holding it; guarded by messages. */
    private final Map<StoredMessage, int[]> held = new LinkedHashMap<>();
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
        if (reservedBytes.addAndGet(octets) + storedBytes <= byteBudget) {
            return true; // room to spare: the common case, no lock
        }
        synchronized (messages) {
            if (reservedBytes.get() > byteBudget) {
                reservedBytes.addAndGet(-octets);
                return false;
            }
            evictWhileOver(0);
            return true;
        }
    }

    void release(long octets) {
        reservedBytes.accumulateAndGet(octets, (now, less) -> Math.max(0, now - less));
    }

    private void hold(StoredMessage message) {
        int[] views = held.computeIfAbsent(message, m -> new int[1]);
        if (views[0]++ == 0) {
            storedBytes += message.content().length;
        }
    }

    private void drop(StoredMessage message) {
        int[] views = held.get(message);
        if (views != null && --views[0] == 0) {
            held.remove(message);
            storedBytes -= message.content().length;
        }
    }

    /** Over the byte budget, the oldest message is forgotten in every view, until {@code keep} are left. */
    private void evictWhileOver(int keep) {
        while (held.size() > keep && storedBytes + reservedBytes.get() > byteBudget) {
            StoredMessage oldest = held.keySet().iterator().next();
            held.remove(oldest);
            storedBytes -= oldest.content().length;
            messages.remove(oldest);
            for (String mailbox : mailboxesOf(oldest)) {
                ArrayDeque<StoredMessage> box = mailboxes.get(mailbox);
                if (box != null) {
                    box.remove(oldest);
                }
            }
        }
    }

    /** A new queue ID, hexadecimal like Postfix's. */
    String nextId() {
        String hex = Long.toHexString(sequence.incrementAndGet()).toUpperCase(Locale.ROOT);
        return hex.length() >= 10 ? hex : "0".repeat(10 - hex.length()) + hex; // %010X, without a Formatter per message
    }

    void add(StoredMessage message) {
        synchronized (messages) {
            messages.addLast(message);
            hold(message);
            if (messages.size() > capacity) {
                drop(messages.removeFirst());
            }
            for (String mailbox : mailboxesOf(message)) {
                ArrayDeque<StoredMessage> box = mailboxes.computeIfAbsent(mailbox, k -> new ArrayDeque<>());
                box.addLast(message);
                hold(message);
                if (box.size() > capacity) {
                    drop(box.removeFirst());
                }
            }
            evictWhileOver(1); // the newest stays, even alone over the budget
        }
        for (Consumer<StoredMessage> listener : listeners) {
            listener.accept(message);
        }
    }

    /** What {@link #onDelivery} returns: closing it stops the calls. */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /** Called for each message as it is stored (the shell and lessons watch deliveries). */
    public Listening onDelivery(Consumer<StoredMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
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
            held.clear();
            storedBytes = 0;
        }
    }
}
