package dev.smtptutor.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The HTML pages, from templates in resources; what the scripts need to say comes as JSON words. */
final class Pages {

    private final WebTexts words;
    private final PageTemplate board = PageTemplate.load("board.html");
    private final PageTemplate student = PageTemplate.load("student.html");
    private final PageTemplate login = PageTemplate.load("login.html");
    private final PageTemplate problem = PageTemplate.load("problem.html");
    private final String scriptWords;

    Pages(WebTexts words) {
        this.words = words;
        this.scriptWords = JsonViews.forScriptBlock(JsonViews.words(words.withPrefix("js.")));
    }

    String board() {
        return board.render(words, Map.of("words.html", scriptWords));
    }

    /** One student's page: their own ({@code /me}) or, for the teacher, anyone's. */
    String student(StudentRow row, boolean own) {
        String id = URLEncoder.encode(row.id(), StandardCharsets.UTF_8);
        return student.render(words, Map.of(
                "words.html", scriptWords,
                "api", own ? "/api/me" : "/api/students/" + id,
                "events", own ? "/me/events" : "/events?student=" + id,
                "own", String.valueOf(own),
                "heading", words.get("student.heading", "id", row.id(), "name", row.name())));
    }

    String login(String id, String error) {
        return login.render(words, Map.of("id", id, "error", error));
    }

    String problem(String message) {
        return problem.render(words, Map.of("message", message));
    }
}
