package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.protocol.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailStoreTest {

    private static StoredMessage message(MailStore store, String to) {
        Envelope envelope = new Envelope(new Path("alice@example.test"), Map.of(),
                List.of(new Recipient(new Path(to), Map.of())));
        return new StoredMessage(store.nextId(), envelope, new byte[] {'x'}, Instant.EPOCH, "c", false, Optional.empty());
    }

    @Test
    void keepsTheMostRecentMessagesUpToItsCapacity() {
        MailStore store = new MailStore(3);
        for (int i = 0; i < 5; i++) {
            store.add(message(store, "bob@example.test"));
        }
        assertEquals(3, store.size());
        assertEquals(List.of("0000000003", "0000000004", "0000000005"),
                store.messages().stream().map(StoredMessage::id).toList());
        assertEquals("0000000005", store.latest().orElseThrow().id());
        assertEquals(Optional.empty(), store.find("0000000001"));
    }

    @Test
    void mailboxSelectsByEnvelopeRecipient() {
        MailStore store = new MailStore();
        store.add(message(store, "bob@example.test"));
        store.add(message(store, "alice@example.test"));
        assertEquals(List.of("0000000001"), store.mailbox("BOB@example.test").stream().map(StoredMessage::id).toList());
    }
}
