package dev.smtptutor.web;

import com.sun.net.httpserver.Headers;
import java.time.Duration;
import java.util.Optional;

/** Reading and writing the two cookies: the teacher's token and a student's session. */
final class Cookies {

    static final String TEACHER = "tutor_board";
    static final String STUDENT = "tutor_student";

    private Cookies() {}

    static Optional<String> read(Headers request, String name) {
        for (String header : request.getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).strip().equals(name)) {
                    return Optional.of(pair.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * HttpOnly: no script can read it, an injected one included. SameSite=Strict: no other site's
     * page can make the browser send it (no cross-site request forgery).
     */
    static String set(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict";
    }

    static String clear(String name) {
        return name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }
}
