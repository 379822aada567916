package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random bytes and random command sequences thrown at SimSession for a bounded number of steps.
 * Every reply must be well-formed SMTP and nothing may throw. Seeds are fixed, so a failure repeats.
 */
class SimSessionFuzzTest {

    private static final String[] WORDS = {"EHLO c", "HELO c", "MAIL FROM:<alice@example.test>", "MAIL FROM:<>",
            "RCPT TO:<bob@example.test>", "RCPT TO:<x@nowhere.example>", "DATA", "RSET", "NOOP", "QUIT", "VRFY bob",
            "EXPN team", "HELP", "STARTTLS", "AUTH PLAIN", "AUTH LOGIN", "AUTH CRAM-MD5", "*", ".", "..", "BDAT 3 LAST",
            "BDAT 5", "BDAT 0", "BDAT 0 LAST", "RCPT TO:<bob@example.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;b+40x",
            "MAIL FROM:<alice@example.test> RET=HDRS ENVID=x+2By", "RCPT TO:<550@example.test>",
            "MAIL FROM:<a@b> SIZE=1", "RCPT TO:<>", "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", "", " ", "MAIL", "RCPT"};

    @Test
    void randomCommandSequencesGetWellFormedReplies() {
        Random random = new Random(20261122);
        for (int sessionNo = 0; sessionNo < 300; sessionNo++) {
            SimSession session = new SimSession(SimConfig.defaults(), new MailStore());
            for (int step = 0; step < 60 && session.state() != SmtpState.CLOSED; step++) {
                String line = WORDS[random.nextInt(WORDS.length)];
                if (line.equals("STARTTLS") && random.nextBoolean()) {
                    session.replies(line);
                    session.tlsStarted();
                    continue;
                }
                check(line, session.replies(line));
                if (session.octetsDue().isPresent()) {
                    byte[] chunk = new byte[(int) session.octetsDue().getAsLong()];
                    random.nextBytes(chunk);
                    check("<BDAT octets>", SimSession.repliesOf(session.octets(chunk)));
                }
            }
        }
    }

    @Test
    void randomBytesGetWellFormedReplies() {
        Random random = new Random(7);
        for (int sessionNo = 0; sessionNo < 300; sessionNo++) {
            SimSession session = new SimSession(SimConfig.defaults(), new MailStore());
            for (int step = 0; step < 40 && session.state() != SmtpState.CLOSED; step++) {
                byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 40 : 2000)];
                random.nextBytes(bytes);
                InputLine.Ending ending = InputLine.Ending.values()[random.nextInt(3)];
                InputLine line = new InputLine(bytes, ending, bytes.length);
                List<Reply> replies;
                try {
                    replies = SimSession.repliesOf(session.handle(line));
                } catch (RuntimeException e) {
                    throw new AssertionError("session threw on random bytes at step " + step, e);
                }
                check("<random bytes>", replies);
            }
        }
    }

    private static void check(String line, List<Reply> replies) {
        for (Reply reply : replies) {
            ReplyParser parser = new ReplyParser();
            List<String> wire = List.of(reply.toWire().split("\r\n"));
            for (int i = 0; i < wire.size(); i++) {
                ReplyParser.Result result = parser.accept(wire.get(i));
                boolean last = i == wire.size() - 1;
                if (last ? !(result instanceof ReplyParser.Complete) : !(result instanceof ReplyParser.Incomplete)) {
                    fail("malformed reply to " + line + ": " + reply.toWire());
                }
            }
            assertTrue(reply.toWire().indexOf('\n') == reply.toWire().indexOf("\r\n") + 1, reply.toWire());
        }
    }
}
