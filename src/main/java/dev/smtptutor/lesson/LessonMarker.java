package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Verb;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line the tutor sends when a lesson starts on a server other than its own simulator:
 * {@code NOOP smtp-tutor lesson 02-first-message}. RFC 5321 §4.1.1.9 lets NOOP carry a string that
 * the server ignores, so any server answers 250; a classroom server records it with the rest of the
 * session, and the exchanges that follow it are the lesson's, to be judged as the tutor judged them.
 */
public final class LessonMarker {

    private static final String PREFIX = "smtp-tutor lesson ";
    private static final Pattern MARK = Pattern.compile("(?i)smtp-tutor lesson ([0-9]{2}-[a-z0-9-]+)");

    private LessonMarker() {}

    public static String line(String lessonId) {
        return Verb.NOOP.name() + " " + PREFIX + lessonId;
    }

    /** The lesson id a recorded exchange announces, if it is a marker. */
    public static Optional<String> lessonOf(Exchange exchange) {
        if (exchange.verb().filter(v -> v == Verb.NOOP).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = MARK.matcher(exchange.command().get().argument().strip());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
