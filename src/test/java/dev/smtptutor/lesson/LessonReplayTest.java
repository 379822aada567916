package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.sim.SimServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a classroom server does with a recorded session: the lesson marker the tutor sends names the
 * lesson, and the exchanges after it are judged as the tutor judged them live.
 */
class LessonReplayTest {

    @Test
    void aSessionWithALessonMarkerIsJudgedStepByStep() throws Exception {
        LessonLibrary library = LessonLibrary.bundled();
        Lesson hello = library.lessons().stream().filter(l -> l.number() == 1).findFirst().orElseThrow();
        try (SimServer server = SimServer.builder().port(0).start();
             Conversation conversation = Conversation.open(ConnectionOptions.builder("127.0.0.1", server.port()).build())) {
            conversation.greeting();
            conversation.send(LessonMarker.line(hello.id()));
            // Steps 1 to 4 of lesson 1 (HELO, EHLO, HELP, NOOP); the QUIT of step 5 is left out.
            for (String line : List.of("HELO client.example.test", "EHLO client.example.test", "HELP", "NOOP")) {
                conversation.send(line);
            }
            List<LessonReplay.Result> results = LessonReplay.judge(conversation.exchanges(),
                    id -> library.lessons().stream().filter(l -> l.id().equals(id)).findFirst(), Learner.SIMULATOR);
            assertEquals(List.of(new LessonReplay.Result("01-hello", 4, 5, Map.of())), results);
        }
    }

    @Test
    void theMarkerIsANoopWithTheLessonsId() {
        assertEquals("NOOP smtp-tutor lesson 02-first-message", LessonMarker.line("02-first-message"));
    }
}
