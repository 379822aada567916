package dev.smtptutor.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One server-sent event stream (the HTML standard's text/event-stream): a snapshot or the missed
 * events first, then each event as it happens, and a comment every {@value #KEEP_ALIVE_S} s so a
 * dead browser is noticed and proxies keep the connection.
 */
final class EventStream {

    static final long KEEP_ALIVE_S = 15;
    /** How long a browser waits before reconnecting after the stream broke (the "retry" field). */
    static final long RETRY_MS = 1000;

    private EventStream() {}

    /**
     * Streams until the browser goes away or the server stops. {@code snapshot} is the first event of a
     * stream that cannot resume (empty: the stream just says "reset" and the page reloads its data).
     */
    static void serve(HttpExchange exchange, EventHub hub, Predicate<String> students,
                      Optional<Supplier<String>> snapshot) throws IOException {
        Optional<Long> lastSeen = lastEventId(exchange);
        Optional<EventHub.Subscriber> subscribed = hub.subscribe(students, lastSeen);
        if (subscribed.isEmpty()) {
            Responses.send(exchange, 503, "text/plain; charset=utf-8", WebTexts.standard().get("error.busy"));
            return;
        }
        try (EventHub.Subscriber subscriber = subscribed.get()) {
            Responses.secure(exchange);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, "retry: " + RETRY_MS + "\n\n");
            if (subscriber.needsSnapshot) {
                String data = snapshot.map(Supplier::get).orElse("{}");
                write(out, new EventHub.Event(subscriber.snapshotId, snapshot.isPresent() ? "snapshot" : "reset", "", data).wire());
            }
            for (EventHub.Event event : subscriber.replay) {
                write(out, event.wire());
            }
            while (true) {
                EventHub.Event event = subscriber.queue.poll(KEEP_ALIVE_S, TimeUnit.SECONDS);
                if (event == EventHub.Event.END) {
                    break;
                }
                write(out, event == null ? ": keep-alive\n\n" : event.wire());
            }
        } catch (IOException e) {
            // the browser closed the page or lost the network: it resumes with Last-Event-ID
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The Last-Event-ID a reconnecting EventSource sends (or {@code ?lastEventId=} for a fresh page). */
    static Optional<Long> lastEventId(HttpExchange exchange) {
        String header = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Last-Event-ID"))
                .or(() -> Query.param(exchange.getRequestURI(), "lastEventId")).orElse("");
        try {
            return header.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
