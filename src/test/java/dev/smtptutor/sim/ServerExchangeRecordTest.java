package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The simulator records each step of a session as the same exchange record a client makes. */
class ServerExchangeRecordTest {

    private final List<Exchange> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private final SessionObserver observer = new SessionObserver() {
        @Override
        public void exchanged(long session, Exchange exchange) {
            seen.add(exchange);
        }

        @Override
        public void closed(long session, String why) {
            closed.countDown();
        }
    };

    private List<Exchange> run(String... lines) throws Exception {
        try (SimServer server = SimServer.builder().config(SimConfig.defaults().withAuth(false, false))
                .observer(observer).start();
             RawClient client = new RawClient(server.port())) {
            client.reply();
            for (String line : lines) {
                client.send(line);
            }
            while (client.reply() != null) {
                // read every reply until the server closes after QUIT
            }
            assertTrue(closed.await(10, TimeUnit.SECONDS));
        }
        return List.copyOf(seen);
    }

    @Test
    void aWholeSessionIsRecordedWithParsedCommandsStatesAndTheAuthenticatedUser() throws Exception {
        List<Exchange> all = run("EHLO client.example", "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
                "MAIL FROM:<alice@example.test>", "RCPT TO:<bob@example.test>", "DATA", "Subject: hi", "", ".",
                "QUIT");

        assertEquals(List.of(Exchange.Kind.GREETING, Exchange.Kind.COMMAND, Exchange.Kind.COMMAND,
                Exchange.Kind.COMMAND, Exchange.Kind.COMMAND, Exchange.Kind.COMMAND, Exchange.Kind.MESSAGE_TEXT,
                Exchange.Kind.MESSAGE_TEXT, Exchange.Kind.MESSAGE_TEXT, Exchange.Kind.COMMAND),
                all.stream().map(Exchange::kind).toList());
        assertEquals(220, all.get(0).code());

        Exchange auth = all.get(2);
        assertEquals(List.of("AUTH PLAIN " + Exchange.MASK), auth.sent());
        assertEquals("PLAIN " + Exchange.MASK, auth.command().orElseThrow().argument());
        assertEquals(235, auth.code());
        assertEquals(new Exchange.Auth(true, Optional.of("PLAIN"), Optional.of("alice")), auth.auth());

        Exchange rcpt = all.get(4);
        assertEquals(Optional.of(Verb.RCPT), rcpt.verb());
        assertEquals("bob@example.test", rcpt.command().orElseThrow().path().orElseThrow().address());
        assertEquals(SmtpState.MAIL, rcpt.before());
        assertEquals(SmtpState.RCPT, rcpt.after());

        assertTrue(all.get(6).reply().isEmpty(), "a line of message text has no reply of its own");
        Exchange dot = all.get(8);
        assertEquals(List.of("."), dot.sent());
        assertEquals(250, dot.code());
        assertEquals(SmtpState.DATA, dot.before());
        assertEquals(SmtpState.GREETED, dot.after());
        assertFalse(dot.tls());
        assertEquals(221, all.get(9).code());
    }

    @Test
    void anAuthAnswerToAChallengeIsMaskedWhole() throws Exception {
        List<Exchange> all = run("EHLO client.example", "AUTH LOGIN", "YWxpY2U=", "d29uZGVybGFuZA==", "QUIT");

        Exchange user = all.get(3);
        assertEquals(Exchange.Kind.AUTH_RESPONSE, user.kind());
        assertEquals(List.of(Exchange.MASK), user.sent());
        assertEquals(334, user.code());
        Exchange password = all.get(4);
        assertEquals(235, password.code());
        assertEquals(new Exchange.Auth(true, Optional.of("LOGIN"), Optional.of("alice")), password.auth());
    }
}
