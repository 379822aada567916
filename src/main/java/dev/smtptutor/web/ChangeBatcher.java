package dev.smtptutor.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Turns the class's change notices into board events, at most one per student every
 * {@value #PERIOD_MS} ms: a class of 100 sending at once is 100 row updates, not thousands, and the
 * SMTP threads that report changes never wait for the web.
 */
final class ChangeBatcher implements AutoCloseable {

    static final long PERIOD_MS = 150;

    private final ClassView view;
    private final EventHub hub;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "web-board-changes");
        t.setDaemon(true);
        return t;
    });

    ChangeBatcher(ClassView view, EventHub hub) {
        this.view = view;
        this.hub = hub;
        view.onChange(dirty::add);
        timer.scheduleWithFixedDelay(this::flush, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    synchronized void flush() {
        for (String id : Set.copyOf(dirty)) {
            dirty.remove(id);
            try {
                view.student(id).ifPresent(row -> hub.publish("student", id, JsonViews.write(JsonViews.row(row))));
            } catch (RuntimeException e) {
                // One student's unreadable state must not stop the board for everyone: say so on it.
                hub.publish("problem", id, JsonViews.write(JsonViews.fields("student", Visible.of(id))));
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
