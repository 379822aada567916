package dev.smtptutor.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Which request gets what, and who may have it. */
final class Routes {

    /** A login form is a few dozen bytes; anything much longer is not one. */
    static final int MAX_FORM_BYTES = 4096;

    private final ClassView view;
    private final EventHub hub;
    private final TeacherAccess teacher;
    private final StudentLogins logins;
    private final WebTexts words;
    private final Pages pages;
    private final StaticFiles files = new StaticFiles();

    Routes(ClassView view, EventHub hub, TeacherAccess teacher, StudentLogins logins, WebTexts words) {
        this.view = view;
        this.hub = hub;
        this.teacher = teacher;
        this.logins = logins;
        this.words = words;
        this.pages = new Pages(words);
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!teacher.required() && !TeacherAccess.loopbackHost(exchange)) {
            Responses.html(exchange, 403, pages.problem(words.get("error.host")));
            return;
        }
        if (path.startsWith("/static/") && WebServer.isGet(exchange)) {
            files.serve(exchange, path.substring("/static/".length()));
            return;
        }
        switch (path) {
            case "/login" -> logIn(exchange);
            case "/logout" -> logOut(exchange);
            case "/me" -> studentPage(exchange);
            case "/api/me" -> studentApi(exchange);
            case "/me/events" -> studentEvents(exchange);
            default -> teacherRoute(exchange, path);
        }
    }

    private void teacherRoute(HttpExchange exchange, String path) throws IOException {
        boolean page = path.equals("/") || path.startsWith("/student/");
        if (page && WebServer.isGet(exchange) && teacher.required() && teacher.inUrl(exchange)) {
            // The token leaves the address bar at once: it becomes a cookie, the page is loaded again without it.
            exchange.getResponseHeaders().add("Set-Cookie",
                    Cookies.set(Cookies.TEACHER, teacher.token(), StudentLogins.LIFETIME));
            Responses.redirect(exchange, path);
            return;
        }
        boolean known = page || path.equals("/events") || path.equals("/api/board") || path.startsWith("/api/students/");
        if (!known) {
            Responses.html(exchange, 404, pages.problem(words.get("error.not-found")));
            return;
        }
        if (!WebServer.isGet(exchange)) {
            Responses.send(exchange, 405, "text/plain; charset=utf-8", words.get("error.method"));
            return;
        }
        if (!teacher.allows(exchange)) {
            if (page) {
                Responses.html(exchange, 401, pages.problem(words.get("error.token")));
            } else {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"smtp-tutor\"");
                Responses.json(exchange, 401, JsonViews.write(JsonViews.fields("error", words.get("error.token"))));
            }
            return;
        }
        if (path.equals("/")) {
            Responses.html(exchange, 200, pages.board());
        } else if (path.equals("/api/board")) {
            Map<String, Object> board = JsonViews.board(view);
            board.put("lastEventId", hub.lastId());
            Responses.json(exchange, 200, JsonViews.write(board));
        } else if (path.equals("/events")) {
            Optional<String> only = Query.param(exchange.getRequestURI(), "student");
            Supplier<String> snapshot = () -> JsonViews.write(JsonViews.board(view));
            EventStream.serve(exchange, hub, id -> only.map(id::equals).orElse(true),
                    only.isPresent() ? Optional.empty() : Optional.of(snapshot));
        } else {
            String id = path.substring(path.lastIndexOf('/') + 1);
            Optional<StudentDetail> detail = view.detail(id);
            if (detail.isEmpty()) {
                Responses.html(exchange, 404, pages.problem(words.get("error.no-student")));
            } else if (path.startsWith("/api/")) {
                Responses.json(exchange, 200, JsonViews.write(JsonViews.detail(detail.get())));
            } else {
                Responses.html(exchange, 200, pages.student(detail.get().row(), false));
            }
        }
    }

    private Optional<String> loggedIn(HttpExchange exchange) {
        return Cookies.read(exchange.getRequestHeaders(), Cookies.STUDENT).flatMap(logins::student);
    }

    private void studentPage(HttpExchange exchange) throws IOException {
        Optional<StudentRow> row = loggedIn(exchange).flatMap(view::student);
        if (row.isEmpty()) {
            Responses.html(exchange, 200, pages.login("", ""));
        } else {
            Responses.html(exchange, 200, pages.student(row.get(), true));
        }
    }

    private void studentApi(HttpExchange exchange) throws IOException {
        Optional<StudentDetail> detail = loggedIn(exchange).flatMap(view::detail);
        if (detail.isEmpty()) {
            Responses.json(exchange, 401, JsonViews.write(JsonViews.fields("error", words.get("error.login"))));
        } else {
            Responses.json(exchange, 200, JsonViews.write(JsonViews.detail(detail.get())));
        }
    }

    private void studentEvents(HttpExchange exchange) throws IOException {
        Optional<String> student = loggedIn(exchange);
        if (student.isEmpty()) {
            Responses.send(exchange, 401, "text/plain; charset=utf-8", words.get("error.login"));
            return;
        }
        // Only the student's own events: never a word about anyone else.
        EventStream.serve(exchange, hub, student.get()::equals, Optional.empty());
    }

    private void logIn(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            Responses.redirect(exchange, "/me");
            return;
        }
        if (!sameOrigin(exchange)) {
            Responses.html(exchange, 403, pages.problem(words.get("error.origin")));
            return;
        }
        Map<String, String> form = Query.parse(readForm(exchange));
        String id = form.getOrDefault("id", "").strip();
        Optional<String> session = logins.logIn(id, form.getOrDefault("password", ""));
        if (session.isEmpty()) {
            Responses.html(exchange, 401, pages.login(id, words.get("login.failed")));
            return;
        }
        exchange.getResponseHeaders().add("Set-Cookie", Cookies.set(Cookies.STUDENT, session.get(), StudentLogins.LIFETIME));
        Responses.redirect(exchange, "/me");
    }

    private void logOut(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("POST") && sameOrigin(exchange)) {
            Cookies.read(exchange.getRequestHeaders(), Cookies.STUDENT).ifPresent(logins::logOut);
            exchange.getResponseHeaders().add("Set-Cookie", Cookies.clear(Cookies.STUDENT));
        }
        Responses.redirect(exchange, "/me");
    }

    /** A form posted from another site's page is refused, whatever its cookies (no CSRF). */
    private static boolean sameOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        return origin == null || (host != null && origin.equals("http://" + host));
    }

    private static String readForm(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
            return body.length > MAX_FORM_BYTES ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }
}
