package dev.smtptutor.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When each client tried what, shared by all sessions of one simulator so that a retry on a new
 * connection counts, as greylisting needs (RFC 6647 §2.1). Thread-safe and bounded: the oldest keys
 * are forgotten first.
 */
public final class AttemptLog {

    private static final int MAX_KEYS = 100_000;
    private static final int MAX_TRIES_PER_KEY = 1_000;

    private final Map<String, List<Instant>> tries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    /** Records one try and returns every try under this key so far, this one last. */
    synchronized List<Instant> record(String key, Instant now) {
        List<Instant> list = tries.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.size() < MAX_TRIES_PER_KEY) {
            list.add(now);
        }
        return List.copyOf(list);
    }

    /**
     * The number of the latest try: 1 for the first, and for each later try one more, except that a
     * try made sooner than {@code retryDelay} after the first still counts as the first.
     */
    static int attemptNumber(List<Instant> tries, Duration retryDelay) {
        if (tries.isEmpty()) {
            return 1;
        }
        Instant earliestRetry = tries.get(0).plus(retryDelay);
        int number = 1;
        for (Instant at : tries.subList(1, tries.size())) {
            if (!at.isBefore(earliestRetry)) {
                number++;
            }
        }
        return number;
    }
}
