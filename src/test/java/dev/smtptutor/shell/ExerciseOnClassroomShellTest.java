package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.Student;
import dev.smtptutor.lesson.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /exercise} in the tutor, on a virtual terminal, connected to a real classroom server started
 * here: it shows the student's current task and criteria as the server grades them, and after a message
 * that finishes the exercise it shows the next one.
 */
class ExerciseOnClassroomShellTest {

    @TempDir
    Path home;
    @TempDir
    Path data;
    @TempDir
    Path exercises;

    private ClassroomServer server;

    @BeforeEach
    void startClass() throws Exception {
        Files.writeString(exercises.resolve("01-hello.yaml"), """
                format_version: 1
                title: Say hello to Bob
                task: |
                  Send a message from your own address to bob@example.test
                  with a Subject header.
                criteria:
                  - sender: own
                  - recipient: bob@example.test
                  - header: Subject
                """);
        Files.writeString(exercises.resolve("02-alice.yaml"), """
                format_version: 1
                title: Now Alice
                task: |
                  Send a message to alice@example.test.
                criteria:
                  - recipient: alice@example.test
                """);
        server = ClassroomServer.builder(new Roster(List.of(new Student("s07", "Student 7", "pw-7"))), data)
                .exercises(Exercises.directory(exercises)).identifyByEhlo(true).start();
    }

    @AfterEach
    void stopClass() {
        server.close();
    }

    private ShellDriver onTheClassroom() {
        return new ShellDriver(home).virtualTerminal()
                .target(HostSpec.of("127.0.0.1", Optional.of(server.port()), Optional.empty()))
                .lessons(LessonOptions.standard().memory(Progress.empty()));
    }

    @Test
    void onAServerThatIsNoClassroomItSaysSoInsteadOfLeavingTheLearnerWithA504() {
        String out = new ShellDriver(home).virtualTerminal().lessons(LessonOptions.standard().memory(Progress.empty()))
                .line("/exercise").line("/quit").run().text();
        assertTrue(out.contains("<-  504 5.5.1 HELP topic unknown\n"), out);
        assertTrue(out.replaceAll("\\s+", " ").contains("This server is not a classroom server, so it has no exercises"
                + " for you. /exercise works when you are connected to one that a teacher started with ./run.sh serve"
                + " --classroom."), out);
        assertEquals(-1, out.indexOf("[ ]"), out);
    }

    @Test
    void exerciseShowsTheCurrentTaskAndItsCriteriaThenTheNextOneAfterACompletingMessage() {
        String out = onTheClassroom()
                .line("/exercise")
                .line("EHLO s07")
                .line("/exercise")
                .line("MAIL FROM:<s07@example.test>").line("RCPT TO:<bob@example.test>").line("DATA")
                .line("Subject: hello").line("").line("hi Bob").line(".")
                .line("/exercise")
                .line("/quit").run().text();

        int first = out.indexOf("<-  214-2.0.0 smtp-tutor classroom server\n");
        assertTrue(first >= 0, out);
        assertTrue(out.startsWith("<-  214 2.0.0 Log in with AUTH (your roster id and password) to see your exercise.\n",
                first + "<-  214-2.0.0 smtp-tutor classroom server\n".length()), out);

        assertTrue(out.contains("""
                <-  214-2.0.0 smtp-tutor classroom server
                <-  214-2.0.0 Exercise 1: Say hello to Bob (0 of 3 points so far)
                <-  214-2.0.0   Send a message from your own address to bob@example.test
                <-  214-2.0.0   with a Subject header.
                <-  214-2.0.0 [ ] MAIL FROM your own address
                <-  214-2.0.0 [ ] RCPT TO bob@example.test
                <-  214 2.0.0 [ ] a Subject header
                """), out);
        assertTrue(out.matches("(?s).*<-  250 2\\.0\\.0 Ok: queued as \\w+; exercise 1: 3 of 3, complete\n.*"), out);
        assertTrue(out.contains("""
                <-  214-2.0.0 smtp-tutor classroom server
                <-  214-2.0.0 Exercise 2: Now Alice (0 of 1 points so far)
                <-  214-2.0.0   Send a message to alice@example.test.
                <-  214 2.0.0 [ ] RCPT TO alice@example.test
                """), out);
        assertEquals(3, out.split("<-  214-2\\.0\\.0 smtp-tutor classroom server", -1).length - 1, out);
    }
}
