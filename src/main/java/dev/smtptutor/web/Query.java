package dev.smtptutor.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Parameters of a query string or a form body ({@code application/x-www-form-urlencoded}). */
final class Query {

    private Query() {}

    static Optional<String> param(URI uri, String name) {
        return Optional.ofNullable(parse(Optional.ofNullable(uri.getRawQuery()).orElse("")).get(name));
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> out = new HashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a broken %-escape: the parameter is ignored, as if it was not sent
            }
        }
        return out;
    }
}
