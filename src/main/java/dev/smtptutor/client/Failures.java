package dev.smtptutor.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns the JDK's I/O exceptions into {@link ConnectionException}s. Some kinds are told apart only
 * by the operating system's message ("Connection reset", "Broken pipe"), which the JDK passes on
 * unchanged on every platform it supports.
 */
final class Failures {

    private Failures() {}

    static ConnectionException connecting(IOException e, ConnectionOptions options) {
        Problem problem;
        if (e instanceof UnknownHostException) {
            problem = Problem.UNKNOWN_HOST;
        } else if (e instanceof SocketTimeoutException || mentions(e, "timed out")) {
            problem = Problem.CONNECT_TIMEOUT;
        } else if (e instanceof NoRouteToHostException || mentions(e, "unreachable")) {
            problem = Problem.UNREACHABLE;
        } else if (e instanceof ConnectException) {
            problem = Problem.REFUSED;
        } else if (mentions(e, "connection reset")) {
            problem = Problem.RESET; // accepted, then reset at once, before the first reply
        } else {
            problem = Problem.NETWORK_ERROR;
        }
        return ConnectionException.of(problem, options, detail(e), e);
    }

    /** A read or write on an open connection failed. */
    static ConnectionException transferring(IOException e, ConnectionOptions options) {
        Problem problem;
        if (e instanceof SocketTimeoutException) {
            problem = Problem.REPLY_TIMEOUT;
        } else if (mentions(e, "connection reset")) {
            problem = Problem.RESET;
        } else if (e instanceof EOFException || mentions(e, "broken pipe")) {
            problem = Problem.CLOSED_BY_SERVER;
        } else if (mentions(e, "socket closed") || mentions(e, "socket is closed")) {
            problem = Problem.NOT_CONNECTED;
        } else {
            problem = Problem.NETWORK_ERROR;
        }
        return ConnectionException.of(problem, options, detail(e), e);
    }

    private static boolean mentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** "SSLHandshakeException: ... (caused by CertificateException: ...)", at most three levels deep. */
    static String detail(Throwable e) {
        StringBuilder out = new StringBuilder(oneLine(e));
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 2; depth++, cause = cause.getCause()) {
            if (cause.getMessage() != null && e.getMessage() != null && e.getMessage().contains(cause.getMessage())) {
                continue; // the JDK often repeats the cause's message in its own
            }
            out.append(" (caused by ").append(oneLine(cause)).append(')');
        }
        return out.toString();
    }

    private static String oneLine(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** "300 ms", "10 s", "1.5 s", "2 min". */
    static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
