package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Item 4 of issue 16: serve's mail store is bounded in octets as well as in messages, counting the
 * messages still arriving, and the server goes on answering correctly when it is full.
 */
class StoreBudgetTest {

    private static final long BUDGET = 1_000_000;

    private static SimServer server(MailStore store) throws IOException {
        return SimServer.builder().port(0).store(store).start();
    }

    @Test
    void oldMessagesAreForgottenWhenTheStoreIsOverItsByteBudget() throws IOException {
        MailStore store = new MailStore(10_000, BUDGET);
        try (SimServer server = server(store)) {
            for (int i = 0; i < 3; i++) {
                try (RawClient client = new RawClient(server.address(), server.port())) {
                    client.reply();
                    assertTrue(client.sendMessage(400_000).startsWith("250 2.0.0 Ok: queued as"));
                }
            }
            assertEquals(2, store.size());
            assertTrue(store.storedBytes() <= BUDGET, "stored " + store.storedBytes());
        }
    }

    @Test
    void aMessageLargerThanTheWholeBudgetGets452AndTheSessionGoesOn() throws IOException {
        MailStore store = new MailStore(10_000, BUDGET);
        try (SimServer server = server(store);
             RawClient client = new RawClient(server.address(), server.port())) {
            client.reply();
            assertEquals("452 4.3.1 Error: insufficient system storage", client.sendMessage(1_500_000));
            assertEquals(0, store.size());
            assertTrue(client.sendMessage(10_000).startsWith("250 2.0.0 Ok: queued as"));
            assertEquals(1, store.size());
        }
    }

    @Test
    void aClientThatHangsUpInTheMiddleOfAMessageGivesItsRoomBack() throws Exception {
        MailStore store = new MailStore(10_000, BUDGET);
        CountDownLatch firstClosed = new CountDownLatch(1);
        SessionObserver observer = new SessionObserver() {
            @Override
            public void closed(long session, String why) {
                firstClosed.countDown();
            }
        };
        try (SimServer server = SimServer.builder().port(0).store(store).observer(observer).start()) {
            try (RawClient client = new RawClient(server.address(), server.port())) {
                client.reply();
                client.command("EHLO client.example");
                client.command("MAIL FROM:<alice@example.test>");
                client.command("RCPT TO:<bob@example.test>");
                client.command("DATA");
                client.send(("x".repeat(98) + "\r\n").repeat(9_000)); // 900 KB, then gone without the dot
            }
            assertTrue(firstClosed.await(20, TimeUnit.SECONDS));
            // Had the 900 KB stayed reserved, this message would not fit in the 1 MB budget.
            try (RawClient client = new RawClient(server.address(), server.port())) {
                client.reply();
                String reply = client.sendMessage(900_000);
                assertTrue(reply.startsWith("250 2.0.0 Ok: queued as"), reply);
            }
        }
    }
}
