package dev.smtptutor.web;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test's EventSource: reads a text/event-stream on a thread of its own, one parsed event at a time. */
final class SseReader implements AutoCloseable {

    record Event(String id, String type, String data) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    SseReader(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        InputStream in = response.body();
        reader = new Thread(() -> read(in), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (fields.containsKey("data")) {
                        events.add(new Event(fields.getOrDefault("id", ""), fields.getOrDefault("event", "message"), fields.get("data")));
                    }
                    fields.clear();
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    fields.put(line.substring(0, colon), line.substring(colon + 1).stripLeading());
                }
            }
        } catch (Exception e) {
            // the stream was closed by the test or the server
        }
    }

    /** The next event, waiting up to 10 s for it (a test fails rather than hangs). */
    Event next() throws InterruptedException {
        Event event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no server-sent event within 10 s");
        }
        return event;
    }

    /** True when no event is waiting now. */
    boolean nothingWaiting() {
        return events.isEmpty();
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (java.io.IOException e) {
            // closing is all we wanted
        }
        reader.interrupt();
    }
}
