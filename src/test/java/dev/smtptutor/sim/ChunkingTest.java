package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smtptutor.protocol.InputLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** CHUNKING and BDAT (RFC 3030): the message in counted chunks, no dot-stuffing, no line rules. */
class ChunkingTest {

    private final MailStore store = new MailStore();
    private SimSession session = new SimSession(SimConfig.defaults(), store);

    private String send(String line) {
        List<SessionAction> actions = session.handle(InputLine.of(line));
        List<dev.smtptutor.protocol.Reply> replies = SimSession.repliesOf(actions);
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).toWire();
    }

    /** BDAT and its octets, as a client sends them; the answer to the chunk. */
    private String chunk(String command, String octets) {
        byte[] bytes = octets.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new SessionAction.ReadOctets(bytes.length)), session.handle(InputLine.of(command)));
        return SimSession.repliesOf(session.octets(bytes)).get(0).toWire();
    }

    private void transaction() {
        send("EHLO c");
        send("MAIL FROM:<alice@example.test>");
        send("RCPT TO:<bob@example.test>");
    }

    @Test
    void chunksAreAnsweredOneByOneAndTheLastQueuesTheMessage() {
        transaction();
        assertEquals("250 2.0.0 Ok: 19 bytes\r\n", chunk("BDAT 19", "Subject: chunks\r\n\r\n"));
        assertEquals("250 2.0.0 Ok: 25 bytes queued as 0000000001\r\n", chunk("bdat 6 last", ".dot\r\n"));
        assertEquals("Subject: chunks\r\n\r\n.dot\r\n", store.latest().orElseThrow().contentAsText());
        assertEquals("250 2.1.0 Ok\r\n", send("MAIL FROM:<alice@example.test>"));
    }

    @Test
    void octetsMayArriveInSlicesAndTheAnswerComesWithTheLast() {
        transaction();
        session.handle(InputLine.of("BDAT 10 LAST"));
        assertEquals(List.of(), session.octets("01234".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(5, session.octetsDue().getAsLong());
        assertEquals("250 2.0.0 Ok: 10 bytes queued as 0000000001\r\n",
                SimSession.repliesOf(session.octets("56789".getBytes(StandardCharsets.US_ASCII))).get(0).toWire());
        assertEquals(true, session.octetsDue().isEmpty());
    }

    @Test
    void bdatZeroLastEndsTheMessage() {
        transaction();
        chunk("BDAT 3", "abc");
        assertEquals("250 2.0.0 Ok: 3 bytes queued as 0000000001\r\n", chunk("BDAT 0 LAST", ""));
    }

    @Test
    void bdatOutOfSequenceStillReadsItsOctetsThenGets503() {
        send("EHLO c");
        assertEquals("503 5.5.1 Error: need MAIL command\r\n", chunk("BDAT 7 LAST", "NOOP\r\n."));
        assertEquals("250 2.0.0 Ok\r\n", send("NOOP"));
        send("MAIL FROM:<alice@example.test>");
        assertEquals("503 5.5.1 Error: need RCPT command\r\n", chunk("BDAT 2 LAST", "hi"));
        assertEquals(0, store.size());
    }

    @Test
    void dataAndRcptAfterBdatGet503() {
        transaction();
        chunk("BDAT 3", "abc");
        assertEquals("503 5.5.1 Error: DATA after BDAT\r\n", send("DATA"));
        assertEquals("503 5.5.1 Error: RCPT after BDAT\r\n", send("RCPT TO:<alice@example.test>"));
        assertEquals("503 5.5.1 Error: nested MAIL command\r\n", send("MAIL FROM:<alice@example.test>"));
        assertEquals("250 2.0.0 Ok: 6 bytes queued as 0000000001\r\n", chunk("BDAT 3 LAST", "def"));
    }

    @Test
    void afterARefusedChunkTheRestAreDiscardedUntilLast() {
        transaction();
        assertEquals("551 5.7.1 Null BDAT request\r\n", chunk("BDAT 0", ""));
        assertEquals("551 5.0.0 Discarded 3 bytes after earlier error\r\n", chunk("BDAT 3", "abc"));
        assertEquals("551 5.0.0 Discarded 2 bytes after earlier error\r\n", chunk("BDAT 2 LAST", "de"));
        assertEquals(0, store.size());
        assertEquals("250 2.1.0 Ok\r\n", send("MAIL FROM:<alice@example.test>"));
    }

    @Test
    void chunksPastTheSizeLimitGet552() {
        session = new SimSession(SimConfig.defaults().withLimits(10, 100), store);
        transaction();
        assertEquals("250 2.0.0 Ok: 8 bytes\r\n", chunk("BDAT 8", "12345678"));
        assertEquals("552 5.3.4 Message size exceeds fixed limit\r\n", chunk("BDAT 8", "12345678"));
        assertEquals("551 5.0.0 Discarded 1 bytes after earlier error\r\n", chunk("BDAT 1 LAST", "9"));
        assertEquals(0, store.size());
    }

    @Test
    void aLineWhileOctetsAreDueIsAProgrammingError() {
        transaction();
        session.handle(InputLine.of("BDAT 3"));
        assertThrows(IllegalStateException.class, () -> session.handle(InputLine.of("NOOP")));
    }

    @Test
    void overASocketChunksCarryAnyOctetsExactly() throws IOException {
        byte[] binary = new byte[300_000]; // several read slices, bare LFs, NULs, "\r\n.\r\n" and all
        new Random(3030).nextBytes(binary);
        byte[] head = "Subject: binary\r\n\r\n\n.\n\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);
        try (SimServer server = SimServer.builder().port(0).start();
             RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            // RFC 3030 §4.2: BDAT may be pipelined with MAIL and RCPT.
            ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
            pipelined.writeBytes(("MAIL FROM:<alice@example.test>\r\nRCPT TO:<bob@example.test>\r\nBDAT " + head.length
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            pipelined.writeBytes(head);
            pipelined.writeBytes(("BDAT " + binary.length + " LAST\r\n").getBytes(StandardCharsets.US_ASCII));
            pipelined.writeBytes(binary);
            pipelined.writeBytes("NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
            client.sendRaw(pipelined.toByteArray());
            assertEquals("250 2.1.0 Ok\r\n", client.reply());
            assertEquals("250 2.1.5 Ok\r\n", client.reply());
            assertEquals("250 2.0.0 Ok: " + head.length + " bytes\r\n", client.reply());
            assertEquals("250 2.0.0 Ok: " + (head.length + binary.length) + " bytes queued as 0000000001\r\n",
                    client.reply());
            assertEquals("250 2.0.0 Ok\r\n", client.reply());
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.writeBytes(head);
            expected.writeBytes(binary);
            assertArrayEquals(expected.toByteArray(), server.store().latest().orElseThrow().content());
        }
    }

    @Test
    void aClientStalledInsideAChunkGets421AfterTheIdleTimeout() throws IOException {
        SimConfig config = SimConfig.defaults().withIdleTimeout(java.time.Duration.ofMillis(200));
        try (SimServer server = SimServer.builder().config(config).port(0).start();
             RawClient client = new RawClient(server.port())) {
            client.reply();
            client.ask("EHLO c");
            client.ask("MAIL FROM:<alice@example.test>");
            client.ask("RCPT TO:<bob@example.test>");
            client.sendRaw("BDAT 10 LAST\r\nabc");
            assertEquals("421 4.4.2 mail.example.test Error: timeout exceeded\r\n", client.reply());
            assertEquals(true, client.closedByServer());
            assertEquals(0, server.store().size());
        }
    }
}
