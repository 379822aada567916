package dev.smtptutor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.SimServer;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Item 14 of issue 16: one client holding many sockets cannot lock everyone else out; past its own
 * limit it gets Postfix's 421 4.7.0, and the others are still served.
 */
class PerClientLimitTest {

    private static final String GREETING = "220 mail.example.test ESMTP smtp-tutor simulator";

    private static List<RawClient> hold(SimServer server, int count) throws IOException {
        List<RawClient> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RawClient client = new RawClient(server.address(), server.port());
            assertEquals(GREETING, client.reply());
            held.add(client);
        }
        return held;
    }

    private static void release(List<RawClient> clients) throws IOException {
        for (RawClient client : clients) {
            client.close();
        }
    }

    @Test
    void aClientPastItsLimitGets421TooManyConnectionsFromIt() throws IOException {
        try (SimServer server = SimServer.builder().port(0).maxSessionsPerClient(3, true).start()) {
            List<RawClient> held = hold(server, 3);
            try (RawClient fourth = new RawClient(server.address(), server.port())) {
                assertEquals("421 4.7.0 mail.example.test Error: too many connections from 127.0.0.1", fourth.reply());
            } finally {
                release(held);
            }
        }
    }

    @Test
    void anotherClientIsStillServedWhileOneHoldsItsLimit() throws IOException {
        try (SimServer server = SimServer.builder().port(0).maxSessionsPerClient(3, true).start()) {
            List<RawClient> held = hold(server, 3);
            try (RawClient other = new RawClient(server.address(), server.port(), InetAddress.getByName("127.0.0.2"))) {
                assertEquals(GREETING, other.reply());
            } finally {
                release(held);
            }
        }
    }

    @Test
    void aClientThatClosesASessionMayOpenAnother() throws Exception {
        CountDownLatch oneClosed = new CountDownLatch(1);
        SessionObserver observer = new SessionObserver() {
            @Override
            public void closed(long session, String why) {
                oneClosed.countDown();
            }
        };
        try (SimServer server = SimServer.builder().port(0).maxSessionsPerClient(3, true).observer(observer).start()) {
            List<RawClient> held = hold(server, 3);
            try {
                held.remove(0).close();
                assertTrue(oneClosed.await(20, TimeUnit.SECONDS));
                try (RawClient again = new RawClient(server.address(), server.port())) {
                    assertEquals(GREETING, again.reply());
                }
            } finally {
                release(held);
            }
        }
    }

    @Test
    void theLoopbackAddressIsExemptByDefaultAsPostfixExemptsMynetworks() throws IOException {
        try (SimServer server = SimServer.builder().port(0).start()) {
            release(hold(server, 60));
        }
    }
}
