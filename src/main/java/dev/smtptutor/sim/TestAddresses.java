package dev.smtptutor.sim;

import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyClass;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses that ask for their own reply, in every scenario and any domain, for quick demos without
 * a scenario file: {@code RCPT TO:<550@example.test>} gets 550, {@code <451.4.7.1@example.test>}
 * gets 451 with enhanced code 4.7.1. Without an enhanced code the reply carries class.0.0, "other
 * undefined status" (RFC 3463 §3.1). Works for MAIL FROM too; a 421 also closes the connection.
 */
final class TestAddresses {

    // code [ "." class "." subject "." detail ], the enhanced code as in RFC 3463 §2
    private static final Pattern LOCAL_PART = Pattern.compile("([45][0-9][0-9])(?:\\.([45])\\.([0-9]{1,3})\\.([0-9]{1,3}))?");

    private TestAddresses() {}

    static Optional<Reply> replyFor(Path path, boolean recipient) {
        Matcher m = LOCAL_PART.matcher(path.localPart());
        if (path.isNull() || !m.matches()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(m.group(1));
        int codeClass = ReplyClass.of(code).digit();
        if (m.group(2) != null && Integer.parseInt(m.group(2)) != codeClass) {
            return Optional.empty(); // RFC 3463 §2: the enhanced class must match the reply's class
        }
        String enhanced = m.group(2) == null ? codeClass + ".0.0"
                : codeClass + "." + Integer.parseInt(m.group(3)) + "." + Integer.parseInt(m.group(4));
        return Optional.of(Replies.testAddress(code, enhanced, path, recipient));
    }
}
