package dev.smtptutor.shell;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * History that never keeps credentials: an AUTH line is stored without its initial response
 * (the base64 of AUTH PLAIN is the password, only encoded), and /b64 lines are not stored at all. Lines typed after a 334 challenge are
 * kept out by the shell before they get here.
 */
final class RedactingHistory extends DefaultHistory {

    /** Compiled at the first line kept, not while the shell starts (a compile is milliseconds then). */
    private static final class Shapes {
        static final Pattern AUTH_WITH_RESPONSE = Pattern.compile("(?i)^\\s*(AUTH\\s+\\S+)\\s+\\S.*$");

        // /b64 is how a learner builds AUTH PLAIN by hand (/b64 \0alice\0secret): its argument is a password.
        static final Pattern BASE64_COMMAND = Pattern.compile("^\\s*/b64(\\s.*)?$");
    }

    @Override
    public void add(Instant time, String line) {
        if (Shapes.BASE64_COMMAND.matcher(line).matches()) {
            return;
        }
        super.add(time, redact(line));
    }

    static String redact(String line) {
        Matcher auth = Shapes.AUTH_WITH_RESPONSE.matcher(line);
        return auth.matches() ? auth.group(1) : line;
    }
}
