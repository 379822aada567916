package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 2920 §3.1, RFC 3207 §4.2 and RFC 4954 §4: which commands must end a pipelined group. */
class PipelineGroupsTest {

    @Test
    void groupsEndAfterCommandsWhoseReplyDecidesWhatFollows() {
        assertEquals(List.of(List.of("EHLO c"), List.of("MAIL FROM:<a@b.example>", "RCPT TO:<c@d.example>", "DATA")),
                PipelineGroups.split(List.of("EHLO c", "MAIL FROM:<a@b.example>", "RCPT TO:<c@d.example>", "DATA")));
        for (String last : List.of("EHLO x", "HELO x", "DATA", "VRFY bob", "EXPN team", "TURN", "QUIT", "NOOP", "STARTTLS",
                "AUTH LOGIN", "AUTH CRAM-MD5", "auth xoauth2 dXNlcj0=")) {
            assertEquals(List.of(List.of(last), List.of("RSET")), PipelineGroups.split(List.of(last, "RSET")), last);
        }
    }

    @Test
    void onlyAOneRoundTripAuthWithItsInitialResponseMayBeFollowed() {
        assertEquals(List.of(List.of("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", "MAIL FROM:<alice@example.test>")),
                PipelineGroups.split(List.of("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", "MAIL FROM:<alice@example.test>")));
        assertEquals(List.of(List.of("AUTH PLAIN"), List.of("RSET")), PipelineGroups.split(List.of("AUTH PLAIN", "RSET")));
    }

    @Test
    void mailRcptAndRsetMayComeAnywhere() {
        List<String> commands = List.of("RSET", "MAIL FROM:<a@b.example>", "RCPT TO:<c@d.example>", "RCPT TO:<e@d.example>");
        assertEquals(List.of(commands), PipelineGroups.split(commands));
    }
}
