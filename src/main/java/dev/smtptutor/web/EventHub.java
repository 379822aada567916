package dev.smtptutor.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

/**
 * The live updates behind the pages: numbered events, the latest {@value #KEPT} kept so that a
 * browser whose connection dropped gets exactly what it missed (its EventSource sends Last-Event-ID
 * when it reconnects). One that missed more, or a first connection, starts from a fresh snapshot.
 */
final class EventHub {

    static final int KEPT = 4096;
    /** A subscriber this far behind is dropped; its browser reconnects and resumes. */
    private static final int BACKLOG = 4096;
    static final int MAX_SUBSCRIBERS = 400;

    record Event(long id, String type, String student, String data) {
        static final Event END = new Event(-1, "", "", "");

        String wire() {
            return "id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n";
        }
    }

    /** One open stream: what it still has to send, and whether it must start from a snapshot. */
    final class Subscriber implements AutoCloseable {
        final BlockingQueue<Event> queue = new LinkedBlockingQueue<>(BACKLOG);
        final Predicate<String> student;
        final List<Event> replay;
        final boolean needsSnapshot;
        final long snapshotId;

        private Subscriber(Predicate<String> student, List<Event> replay, boolean needsSnapshot, long snapshotId) {
            this.student = student;
            this.replay = replay;
            this.needsSnapshot = needsSnapshot;
            this.snapshotId = snapshotId;
        }

        private void offer(Event event) {
            if (!queue.offer(event)) {
                queue.clear();
                queue.offer(Event.END);
            }
        }

        @Override
        public void close() {
            subscribers.remove(this);
        }
    }

    private final Deque<Event> recent = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private long lastId;

    synchronized void publish(String type, String student, String data) {
        Event event = new Event(++lastId, type, student, data);
        recent.addLast(event);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
        for (Subscriber s : subscribers) {
            if (s.student.test(student)) {
                s.offer(event);
            }
        }
    }

    /**
     * A new stream for the events of the students {@code student} accepts. With {@code lastSeen}
     * (the browser's Last-Event-ID) still in memory it replays what came after; otherwise it asks for
     * a snapshot first. Empty when too many streams are open.
     */
    synchronized Optional<Subscriber> subscribe(Predicate<String> student, Optional<Long> lastSeen) {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            return Optional.empty();
        }
        long oldest = recent.isEmpty() ? lastId + 1 : recent.getFirst().id();
        boolean resumable = lastSeen.filter(id -> id >= oldest - 1 && id <= lastId).isPresent();
        List<Event> replay = new ArrayList<>();
        if (resumable) {
            for (Event e : recent) {
                if (e.id() > lastSeen.get() && student.test(e.student())) {
                    replay.add(e);
                }
            }
        }
        Subscriber s = new Subscriber(student, List.copyOf(replay), !resumable, lastId);
        subscribers.add(s);
        return Optional.of(s);
    }

    synchronized long lastId() {
        return lastId;
    }

    int subscriberCount() {
        return subscribers.size();
    }

    /** Ends every stream (the server is stopping). */
    void endAll() {
        subscribers.forEach(s -> s.offer(Event.END));
    }
}
