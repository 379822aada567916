package dev.smtptutor.client;

import dev.smtptutor.protocol.Exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.sim.Replies;
import dev.smtptutor.sim.SimServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 2920 PIPELINING: a group of commands in one go, the replies matched to them in order. */
class PipeliningTest {

    private static final List<String> ENVELOPE = List.of("MAIL FROM:<alice@example.test>",
            "RCPT TO:<bob@example.test>", "RCPT TO:<nobody@example.test>", "DATA");

    private SimServer server;
    private Conversation conversation;

    @BeforeEach
    void connect() throws IOException, ConnectionException {
        server = SimServer.builder().port(0).start();
        conversation = Conversation.open(
                ConnectionOptions.builder(server.address().getHostAddress(), server.port()).build());
        conversation.greeting();
        conversation.send("EHLO client.example");
    }

    @AfterEach
    void disconnect() {
        conversation.close();
        server.close();
    }

    @Test
    void eachPipelinedCommandGetsItsOwnReplyInOrder() throws ConnectionException {
        List<Exchange> exchanges = conversation.sendPipelined(ENVELOPE);

        assertEquals(ENVELOPE, exchanges.stream().map(e -> e.sent().get(0)).toList());
        assertEquals(Optional.of(Replies.SENDER_OK), exchanges.get(0).reply());
        assertEquals(Optional.of(Replies.RECIPIENT_OK), exchanges.get(1).reply());
        assertEquals(550, exchanges.get(2).code());
        assertEquals("5.1.1", exchanges.get(2).reply().orElseThrow().enhanced().orElseThrow().toString());
        assertEquals(Optional.of(Replies.START_MAIL_INPUT), exchanges.get(3).reply());
    }

    @Test
    void stateAdvancesReplyByReply() throws ConnectionException {
        List<Exchange> exchanges = conversation.sendPipelined(ENVELOPE);
        assertEquals(List.of(SmtpState.MAIL, SmtpState.RCPT, SmtpState.RCPT, SmtpState.DATA),
                exchanges.stream().map(Exchange::after).toList());
    }

    @Test
    void messageAfterPipelinedEnvelopeReachesTheAcceptedRecipientOnly() throws ConnectionException {
        conversation.sendPipelined(ENVELOPE);
        Exchange message = conversation.sendMessage(List.of("Subject: pipelined", "", "hi"));

        assertEquals(250, message.code());
        assertEquals(List.of("bob@example.test"), server.store().latest().orElseThrow().envelope().recipientPaths()
                .stream().map(p -> p.address()).toList());
    }

    @Test
    void listenersHearPipelinedRepliesOneByOne() throws ConnectionException {
        List<Integer> heard = new ArrayList<>();
        conversation.addListener(exchange -> heard.add(exchange.code()));
        conversation.sendPipelined(ENVELOPE);
        assertEquals(List.of(250, 250, 550, 354), heard);
    }

    @Test
    void startTlsInsideAGroupIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> conversation.sendPipelined(List.of("STARTTLS", "EHLO again.example")));
        assertTrue(refused.getMessage().startsWith("STARTTLS must be the last command of a pipelined group"));
    }

    /** A server that reads all four lines before answering any: a client waiting per line would hang. */
    @Test
    void allLinesLeaveBeforeAnyReplyIsRead() throws IOException, ConnectionException {
        List<String> received = new ArrayList<>();
        try (FakeServer fake = FakeServer.start(client -> {
            FakeServer.write(client, "220 fake ESMTP\r\n");
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            for (int i = 0; i < 3; i++) {
                received.add(in.readLine());
            }
            FakeServer.write(client, "250 one\r\n250 two\r\n250 three\r\n");
            in.readLine();
        });
             Conversation strict = Conversation.open(ConnectionOptions.builder(fake.host(), fake.port())
                     .replyTimeout(java.time.Duration.ofSeconds(5)).build())) {
            strict.greeting();
            List<Exchange> exchanges = strict.sendPipelined(List.of("NOOP 1", "NOOP 2", "NOOP 3"));

            assertEquals(List.of("one", "two", "three"),
                    exchanges.stream().map(e -> e.reply().orElseThrow().text()).toList());
            assertEquals(List.of("NOOP 1", "NOOP 2", "NOOP 3"), received);
        }
    }
}
