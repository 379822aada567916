package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.shell.StoreDeliveries;
import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A lesson hears of deliveries through its own interface, so a full or shared store cannot fool a step. */
class LessonDeliveriesTest {

    private static final String LESSON = """
            format_version: 1
            title: Deliveries
            goal: Test deliveries.
            scenario: default
            steps:
              - id: send
                title: Send
                text: Send a message to Bob.
                expect:
                  delivered: {from: alice@example.test, to: bob@example.test}
                hints: [MAIL FROM first.]
                explain: Sent.
                solution: [MAIL FROM:<alice@example.test>, RCPT TO:<bob@example.test>, DATA, "Subject: x", "", hi, "."]
            """;

    private final Lesson lesson = ((LessonParser.Loaded) LessonParser.parse("x/01-deliveries.yaml",
            "01-deliveries.yaml", LESSON)).lesson();

    private static Exchange command(SimSession simulator, String line) {
        List<Reply> replies = simulator.replies(line);
        return new Exchange(Exchange.Kind.COMMAND, List.of(line), replies.stream().reduce((a, b) -> b),
                SmtpState.GREETED, SmtpState.GREETED, false, Instant.EPOCH, Optional.empty());
    }

    private static Exchange message(SimSession simulator, String... lines) {
        for (String line : lines) {
            simulator.replies(line);
        }
        return new Exchange(Exchange.Kind.MESSAGE, List.of(lines), simulator.replies(".").stream().findFirst(),
                SmtpState.DATA, SmtpState.GREETED, false, Instant.EPOCH, Optional.empty());
    }

    private static void send(SimSession simulator, String from, String to) {
        simulator.replies("MAIL FROM:<" + from + ">");
        simulator.replies("RCPT TO:<" + to + ">");
        simulator.replies("DATA");
        simulator.replies("Subject: filler");
        simulator.replies(".");
    }

    @Test
    void aStepThatExpectsADeliveryStillPassesAfterTheStoreHasWrapped() {
        MailStore store = new MailStore(3);
        SimSession simulator = new SimSession(SimConfig.defaults(), store);
        simulator.replies("EHLO c");
        for (int i = 0; i < 5; i++) {
            send(simulator, "carol@elsewhere.test", "alice@example.test");
        }
        assertEquals(3, store.size(), "the store is full and forgets the oldest");
        LessonRunner runner = new LessonRunner(lesson, Progress.empty(), TestScenarios.quickGreylist(),
                new StoreDeliveries(store), java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
        runner.begin();

        runner.observe(command(simulator, "MAIL FROM:<alice@example.test>"));
        runner.observe(command(simulator, "RCPT TO:<bob@example.test>"));
        runner.observe(command(simulator, "DATA"));
        List<LessonEvent> events = runner.observe(message(simulator, "Subject: hi", "", "Hello"));

        assertEquals("send", assertInstanceOf(LessonEvent.StepDone.class, events.get(0)).step().id());
    }

    @Test
    void onlyWhatTheFeedReportsCountsAndALeftLessonStopsListening() {
        List<Consumer<AcceptedMessage>> listeners = new ArrayList<>();
        Deliveries feed = listener -> {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        };
        LessonRunner runner = new LessonRunner(lesson, Progress.empty(), TestScenarios.quickGreylist(), feed,
                java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
        runner.begin();
        // On a shared server someone else sends what the step asks for; this learner's feed never says so.
        SimSession shared = new SimSession(SimConfig.defaults(), new MailStore());
        shared.replies("EHLO other");
        shared.replies("MAIL FROM:<alice@example.test>");
        shared.replies("RCPT TO:<bob@example.test>");
        shared.replies("DATA");
        Exchange theirs = message(shared, "Subject: theirs");
        assertEquals(List.of(), runner.observe(theirs), "a 250 alone, with no delivery of ours, is on the way");

        listeners.forEach(l -> l.accept(new AcceptedMessage("1", new Path("alice@example.test"),
                List.of(new Path("bob@example.test")), "Subject: mine\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        List<LessonEvent> events = runner.observe(theirs);
        assertInstanceOf(LessonEvent.StepDone.class, events.get(0));

        runner.close();
        assertEquals(List.of(), listeners);
    }
}
