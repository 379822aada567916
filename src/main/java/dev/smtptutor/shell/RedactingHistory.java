package dev.smtptutor.shell;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * History that never keeps credentials: an AUTH line is stored without its initial response
 * (the base64 of AUTH PLAIN is the password, only encoded). Lines typed after a 334 challenge are
 * kept out by the shell before they get here.
 */
final class RedactingHistory extends DefaultHistory {

    private static final Pattern AUTH_WITH_RESPONSE = Pattern.compile("(?i)^\\s*(AUTH\\s+\\S+)\\s+\\S.*$");

    @Override
    public void add(Instant time, String line) {
        super.add(time, redact(line));
    }

    static String redact(String line) {
        Matcher auth = AUTH_WITH_RESPONSE.matcher(line);
        return auth.matches() ? auth.group(1) : line;
    }
}
