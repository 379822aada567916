package dev.smtptutor.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** The pages' scripts and style, from the jar; only these names, so no path ever reaches the file system. */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "style.css", "text/css; charset=utf-8",
            "common.js", "text/javascript; charset=utf-8",
            "board.js", "text/javascript; charset=utf-8",
            "student.js", "text/javascript; charset=utf-8");

    private final Map<String, String> contents;

    StaticFiles() {
        Map<String, String> loaded = new java.util.HashMap<>();
        TYPES.keySet().forEach(name -> loaded.put(name, PageTemplate.resource("static/" + name)));
        this.contents = Map.copyOf(loaded);
    }

    void serve(HttpExchange exchange, String name) throws IOException {
        String content = contents.get(name);
        if (content == null) {
            Responses.send(exchange, 404, "text/plain; charset=utf-8", WebTexts.standard().get("error.not-found"));
        } else {
            Responses.send(exchange, 200, TYPES.get(name), content);
        }
    }
}
