package dev.smtptutor.classroom;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The messages the whole class sent in the last minute, for the class-wide limit, without a lock: it
 * is asked at every MAIL and told at every accepted message of every student, and a lock there makes
 * a class queue behind each other. One slot per second of the minute, each holding its second and its
 * count in one long (second in the high bits), updated by compare-and-set; a slot of an older second is
 * reused. To the second exact, where a student's own limit ({@link StudentState}) is exact.
 */
final class ClassRate {

    private static final int SECONDS = 60;
    private final AtomicLongArray slots = new AtomicLongArray(SECONDS);

    /** An accepted message at {@code at}. */
    void count(Instant at) {
        long second = at.getEpochSecond();
        int index = (int) Math.floorMod(second, SECONDS);
        while (true) {
            long slot = slots.get(index);
            long next = (slot >>> 20) == second ? slot + 1 : (second << 20) | 1;
            if (slots.compareAndSet(index, slot, next)) {
                return;
            }
        }
    }

    /** False when the messages of the last 60 seconds already reach {@code perMinute}. */
    boolean mayStart(Instant now, int perMinute) {
        long second = now.getEpochSecond();
        long total = 0;
        for (int i = 0; i < SECONDS; i++) {
            long slot = slots.get(i);
            long at = slot >>> 20;
            if (at > second - SECONDS && at <= second) {
                total += slot & 0xFFFFF;
            }
        }
        return total < perMinute;
    }
}
