package dev.smtptutor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who gets what: the teacher's token (URL, cookie, Bearer), student logins, and the headers on every page. */
class WebAccessTest {

    private static final String TOKEN = "teacher-token-for-tests";

    private final FakeClass fake = new FakeClass().student("s01", "Ana", "kaboro-telu").student("s02", "Ben", "mifa-dorek");
    private final WebServer web = WebServer.builder(fake).requireToken(true).token(TOKEN).start();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() {
        web.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> logIn(String id, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id=" + id + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        String set = response.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    @Test
    void boardWithoutTokenIs401() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("needs the teacher&#39;s token"), response.body());
    }

    @Test
    void tokenInUrlBecomesHttpOnlySameSiteCookieAndLeavesTheAddressBar() throws Exception {
        HttpResponse<String> response = get("/?token=" + TOKEN);
        assertEquals(303, response.statusCode());
        assertEquals("/", response.headers().firstValue("Location").orElseThrow());
        String set = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(set.startsWith("tutor_board=" + TOKEN + ";"), set);
        assertTrue(set.contains("; HttpOnly") && set.contains("; SameSite=Strict"), set);

        HttpResponse<String> board = get("/", "Cookie", cookie(response));
        assertEquals(200, board.statusCode());
        assertTrue(board.body().contains("<table id=\"board\""));
    }

    @Test
    void wrongTokenInUrlIsNoCookie() throws Exception {
        HttpResponse<String> response = get("/?token=guess");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void apiNeedsBearerToken() throws Exception {
        HttpResponse<String> none = get("/api/board");
        assertEquals(401, none.statusCode());
        assertEquals("Bearer realm=\"smtp-tutor\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(401, get("/api/board", "Authorization", "Bearer wrong").statusCode());
        assertEquals(401, get("/api/students/s01", "Authorization", "Bearer wrong").statusCode());

        HttpResponse<String> board = get("/api/board", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, board.statusCode());
        assertEquals("application/json; charset=utf-8", board.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(board.body().contains("\"id\":\"s01\",\"name\":\"Ana\",\"link\":\"NEVER\""), board.body());
        assertTrue(board.body().contains("\"id\":\"s02\""));
    }

    @Test
    void eventStreamNeedsTheTokenToo() throws Exception {
        assertEquals(401, get("/events").statusCode());
        assertEquals(401, get("/events?student=s01").statusCode());
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/me", "/static/board.js", "/nowhere")) {
            HttpResponse<String> response = get(path);
            assertEquals(Responses.CSP, response.headers().firstValue("Content-Security-Policy").orElseThrow(), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElseThrow());
        }
        assertTrue(Responses.CSP.contains("script-src 'self';") && !Responses.CSP.contains("unsafe-inline"));
    }

    @Test
    void wrongPasswordIsRefusedWithoutCookie() throws Exception {
        HttpResponse<String> response = logIn("s01", "mifa-dorek");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(response.body().contains("That id and password do not match."));
        assertEquals(401, logIn("s99", "kaboro-telu").statusCode());
        assertEquals(401, logIn("s01", "").statusCode());
    }

    @Test
    void studentSeesOnlyTheirOwnData() throws Exception {
        fake.update("s02", "MAIL FROM:<s02-secret@example.test>", Map.of(), "0",
                List.of(FakeClass.session("1", "MAIL FROM:<s02-secret@example.test>")), List.of());
        HttpResponse<String> login = logIn("s01", "kaboro-telu");
        assertEquals(303, login.statusCode());
        assertEquals("/me", login.headers().firstValue("Location").orElseThrow());
        String set = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(set.startsWith("tutor_student=") && set.contains("; HttpOnly") && set.contains("; SameSite=Strict"), set);
        String student = cookie(login);

        HttpResponse<String> me = get("/api/me", "Cookie", student);
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"id\":\"s01\""));
        assertFalse(me.body().contains("s02"), me.body());

        // A student's cookie is no teacher's token: nobody else's page, data or events.
        assertEquals(401, get("/api/students/s02", "Cookie", student).statusCode());
        assertEquals(401, get("/student/s02", "Cookie", student).statusCode());
        assertEquals(401, get("/api/board", "Cookie", student).statusCode());
        assertEquals(401, get("/events", "Cookie", student).statusCode());
    }

    @Test
    void meWithoutLoginShowsTheLoginFormAndApiSays401() throws Exception {
        HttpResponse<String> page = get("/me");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form method=\"post\" action=\"/login\">"));
        assertEquals(401, get("/api/me").statusCode());
        assertEquals(401, get("/api/me", "Cookie", "tutor_student=made-up").statusCode());
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        String student = cookie(logIn("s01", "kaboro-telu"));
        HttpResponse<String> out = http.send(HttpRequest.newBuilder(uri("/logout")).header("Cookie", student)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, out.statusCode());
        assertEquals(401, get("/api/me", "Cookie", student).statusCode());
    }

    @Test
    void loginFromAnotherSitesPageIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("id=s01&password=kaboro-telu")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void guessingPasswordsStopsAfterTenTriesAMinute() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, logIn("s01", "guess" + i).statusCode());
        }
        assertEquals(401, logIn("s01", "kaboro-telu").statusCode());
    }

    @Test
    void onLoopbackWithoutTokenOnlyLocalHostNamesAreServed() throws Exception {
        try (WebServer open = WebServer.builder(fake).start()) {
            assertFalse(open.tokenRequired());
            HttpClient client = HttpClient.newHttpClient();
            URI board = URI.create("http://127.0.0.1:" + open.port() + "/api/board");
            assertEquals(200, client.send(HttpRequest.newBuilder(board).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            URI local = URI.create("http://localhost:" + open.port() + "/api/board");
            assertEquals(200, client.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            // A page on another site that rebinds its name to 127.0.0.1 still sends its own Host.
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), open.port())) {
                socket.getOutputStream().write(("GET /api/board HTTP/1.1\r\nHost: evil.example:" + open.port()
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 403 "), answer);
                assertFalse(answer.contains("s01"), answer);
            }
        }
    }

    @Test
    void boardUrlCarriesTheToken() {
        assertEquals("http://192.0.2.10:" + web.port() + "/?token=" + TOKEN, web.boardUrl("192.0.2.10"));
        assertTrue(web.tokenRequired());
    }
}
