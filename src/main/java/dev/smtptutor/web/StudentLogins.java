package dev.smtptutor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Students logged in to {@code /me}: a random session id (the cookie) names one roster id. Passwords
 * are compared in constant time, and an unknown id costs the same comparison as a known one, so
 * timing tells nothing about the roster. A session lasts a school day.
 */
final class StudentLogins {

    static final Duration LIFETIME = Duration.ofHours(12);
    // A login form is not a password-guessing service: a few tries per student per minute.
    private static final int TRIES_PER_MINUTE = 10;

    private record Login(String studentId, Instant expires) {}

    private record Tries(Instant minute, int count) {}

    private final ClassView view;
    private final Clock clock;
    private final Map<String, Login> sessions = new ConcurrentHashMap<>();
    private final Map<String, Tries> tries = new ConcurrentHashMap<>();

    StudentLogins(ClassView view, Clock clock) {
        this.view = view;
        this.clock = clock;
    }

    /** A new session id when the password is the student's, else empty. */
    Optional<String> logIn(String studentId, String password) {
        Instant now = clock.instant();
        Instant minute = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Tries t = tries.merge(studentId, new Tries(minute, 1),
                (old, one) -> old.minute().equals(minute) ? new Tries(minute, old.count() + 1) : one);
        if (t.count() > TRIES_PER_MINUTE) {
            return Optional.empty();
        }
        Optional<String> expected = view.password(studentId);
        boolean same = Secrets.same(password, expected.orElse("\0no such student\0"));
        if (!same || expected.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        tries.remove(studentId);
        String session = Secrets.newToken();
        sessions.put(session, new Login(studentId, now.plus(LIFETIME)));
        return Optional.of(session);
    }

    /** The student a session id belongs to, while it lasts. */
    Optional<String> student(String sessionId) {
        Login login = sessions.get(sessionId);
        if (login == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(login.expires())) {
            sessions.remove(sessionId);
            return Optional.empty();
        }
        return Optional.of(login.studentId());
    }

    void logOut(String sessionId) {
        sessions.remove(sessionId);
    }
}
