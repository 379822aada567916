package dev.smtptutor.web;

import com.sun.net.httpserver.HttpExchange;
import java.util.Optional;

/**
 * Who may see the whole class. Bound to anything but loopback the board needs the teacher's token:
 * in the URL once (it becomes a cookie), from the cookie, or as {@code Authorization: Bearer} for
 * scripts. On loopback only this machine can connect, so no token is needed; the Host header is
 * checked instead, so that a web page elsewhere cannot reach the board by DNS rebinding.
 */
final class TeacherAccess {

    private final String token;
    private final boolean required;

    TeacherAccess(String token, boolean required) {
        this.token = token;
        this.required = required;
    }

    String token() {
        return token;
    }

    boolean required() {
        return required;
    }

    /** True when the request carries the token (or none is needed). */
    boolean allows(HttpExchange exchange) {
        if (!required) {
            return true;
        }
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && Secrets.same(authorization.substring(7).strip(), token)) {
            return true;
        }
        return Cookies.read(exchange.getRequestHeaders(), Cookies.TEACHER).filter(c -> Secrets.same(c, token)).isPresent();
    }

    /** The token given in the URL ({@code ?token=...}), when it is the right one. */
    boolean inUrl(HttpExchange exchange) {
        return Query.param(exchange.getRequestURI(), "token").filter(t -> Secrets.same(t, token)).isPresent();
    }

    /** On loopback without a token, only requests addressed to a loopback name are served. */
    static boolean loopbackHost(HttpExchange exchange) {
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return name.equals("localhost") || name.equals("[::1]") || name.startsWith("127.");
    }
}
