package dev.smtptutor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The board's live updates: a snapshot first, a row per change, and a dropped stream resumes where it broke. */
class EventStreamTest {

    private static final String TOKEN = "t0ken";
    private static final Map<String, String> TEACHER = Map.of("Authorization", "Bearer " + TOKEN);

    private final FakeClass fake = new FakeClass().student("s01", "Ana", "pw1").student("s02", "Ben", "pw2");
    private final WebServer web = WebServer.builder(fake).requireToken(true).token(TOKEN).start();

    @AfterEach
    void stop() {
        web.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    @Test
    void streamStartsWithSnapshotThenOneEventPerChangedStudent() throws Exception {
        try (SseReader events = new SseReader(uri("/events"), TEACHER)) {
            assertEquals("text/event-stream; charset=utf-8", events.contentType());
            SseReader.Event snapshot = events.next();
            assertEquals("snapshot", snapshot.type());
            assertEquals("0", snapshot.id());
            assertTrue(snapshot.data().contains("\"students\":[{\"id\":\"s01\""), snapshot.data());

            fake.update("s02", "EHLO s02", Map.of("1/tls", Mark.MET), "1", List.of(), List.of());
            web.flush();
            SseReader.Event change = events.next();
            assertEquals("student", change.type());
            assertEquals("1", change.id());
            assertTrue(change.data().startsWith("{\"id\":\"s02\",\"name\":\"Ben\",\"link\":\"CONNECTED\""), change.data());
            assertTrue(change.data().contains("\"marks\":{\"1/tls\":\"MET\"}"), change.data());
        }
    }

    @Test
    void reconnectWithLastEventIdGetsExactlyWhatWasMissed() throws Exception {
        String lastSeen;
        try (SseReader events = new SseReader(uri("/events"), TEACHER)) {
            events.next();
            fake.update("s01", "EHLO s01", Map.of(), "0", List.of(), List.of());
            web.flush();
            lastSeen = events.next().id();
        }
        // While the projector's network was down:
        fake.update("s02", "EHLO s02", Map.of(), "0", List.of(), List.of());
        web.flush();
        fake.update("s01", "MAIL FROM:<s01@example.test>", Map.of(), "0", List.of(), List.of());
        web.flush();

        try (SseReader resumed = new SseReader(uri("/events"), Map.of("Authorization", "Bearer " + TOKEN, "Last-Event-ID", lastSeen))) {
            SseReader.Event first = resumed.next();
            assertEquals("student", first.type());
            assertEquals(String.valueOf(Long.parseLong(lastSeen) + 1), first.id());
            assertTrue(first.data().startsWith("{\"id\":\"s02\""), first.data());
            SseReader.Event second = resumed.next();
            assertTrue(second.data().startsWith("{\"id\":\"s01\"") && second.data().contains("MAIL FROM:<s01@example.test>"));
        }
    }

    @Test
    void lastEventIdFromTheFutureGetsAFreshSnapshot() throws Exception {
        try (SseReader events = new SseReader(uri("/events"), Map.of("Authorization", "Bearer " + TOKEN, "Last-Event-ID", "999"))) {
            assertEquals("snapshot", events.next().type());
        }
    }

    @Test
    void oneStudentsStreamCarriesNothingAboutAnother() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=s01&password=pw1")).build(), HttpResponse.BodyHandlers.ofString());
        String set = login.headers().firstValue("Set-Cookie").orElseThrow();
        try (SseReader mine = new SseReader(uri("/me/events"), Map.of("Cookie", set.substring(0, set.indexOf(';'))))) {
            assertEquals("reset", mine.next().type());
            fake.update("s02", "AUTH PLAIN ********", Map.of(), "0", List.of(), List.of());
            web.flush();
            fake.update("s01", "EHLO s01", Map.of(), "0", List.of(), List.of());
            web.flush();
            SseReader.Event own = mine.next();
            assertTrue(own.data().startsWith("{\"id\":\"s01\""), own.data());
            assertTrue(mine.nothingWaiting());
        }
    }

    @Test
    void manyChangesOfOneStudentBetweenFlushesAreOneEvent() throws Exception {
        try (SseReader events = new SseReader(uri("/events"), TEACHER)) {
            events.next();
            for (int i = 0; i < 50; i++) {
                fake.update("s01", "NOOP " + i, Map.of(), "0", List.of(), List.of());
            }
            web.flush();
            int received = 1;
            while (!events.next().data().contains("NOOP 49")) {
                received++;
            }
            assertTrue(received < 10, received + " events for 50 changes");
        }
    }
}
