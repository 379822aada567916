package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One student can never be another, and students behind one address keep their own state. */
class ClassroomIsolationTest {

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final List<String> log = new CopyOnWriteArrayList<>();
    private ClassroomServer server;

    private ClassroomServer start(Limits limits, boolean ehlo) throws Exception {
        Roster roster = new Roster(List.of(new Student("s01", "Ada", "ada-pw"), new Student("s02", "Ben", "ben-pw")));
        server = ClassroomServer.builder(roster, data).clock(clock).limits(limits).identifyByEhlo(ehlo)
                .listener(new ClassListener() {
                    @Override
                    public void logged(String line) {
                        log.add(line);
                    }
                }).start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String plain(String authzid, String user, String password) {
        return "AUTH PLAIN " + Base64.getEncoder().encodeToString((authzid + "\0" + user + "\0" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStudentCannotLogInAsAnother() throws Exception {
        start(Limits.defaults(), false);
        try (StudentClient ben = new StudentClient(server.port())) {
            ben.send("EHLO ben");
            assertEquals("535 5.7.8 Error: authentication failed: authentication failure", ben.send(plain("", "s01", "ben-pw")));
            // RFC 4616 authzid: authenticate as s02 but act as s01. Refused too.
            assertEquals("535 5.7.8 Error: authentication failed: authentication failure", ben.send(plain("s01", "s02", "ben-pw")));
            String reply = ben.message("s01@example.test", "bob@example.test", "Subject: as Ada", "", "hi");
            assertTrue(reply.endsWith("; not graded: log in with AUTH as your roster id first"), reply);
        }
        assertFalse(Files.exists(data.resolve("sessions/s01")));
        assertEquals(0, server.student("s01").orElseThrow().delivered());
        assertEquals("0", GradeCsv.of(server.grades()).split("\n")[1].split(",")[12]);
    }

    @Test
    void ehloNameIdentifiesOnlyWhenTheTeacherAllowsIt() throws Exception {
        start(Limits.defaults(), false);
        try (StudentClient ada = new StudentClient(server.port())) {
            ada.send("EHLO s01");
            String reply = ada.message("s01@example.test", "bob@example.test", "Subject: hi", "", "hi");
            assertTrue(reply.endsWith("; not graded: log in with AUTH as your roster id first"), reply);
        }
        server.close();
        start(Limits.defaults(), true);
        try (StudentClient ada = new StudentClient(server.port())) {
            ada.send("EHLO s01");
            String reply = ada.message("s01@example.test", "bob@example.test", "Subject: hi", "", "hi");
            assertTrue(reply.endsWith("; exercise 1: 3 of 4 (missing: STARTTLS before AUTH)"), reply);
        }
        assertTrue(log.contains("[#1] is s01 (ehlo)"), log::toString);
    }

    @Test
    void studentsBehindOneAddressKeepSeparateGreylistingErrorsAndProgress() throws Exception {
        start(Limits.defaults(), false);
        // Both from 127.0.0.1, both EHLO localhost, both with the same (null) envelope sender.
        try (StudentClient ada = new StudentClient(server.port())) {
            ada.send("EHLO localhost");
            ada.send(plain("", "s01", "ada-pw"));
            ada.send("NOPE");
            assertEquals("250 2.1.0 Ok", ada.send("MAIL FROM:<>"));
            String first = ada.send("RCPT TO:<carol@example.test>");
            assertTrue(first.startsWith("451 4.7.1"), first);
        }
        clock.advance(Duration.ofSeconds(11));
        try (StudentClient ben = new StudentClient(server.port())) {
            ben.send("EHLO localhost");
            ben.send(plain("", "s02", "ben-pw"));
            assertEquals("250 2.1.0 Ok", ben.send("MAIL FROM:<>"));
            // Ada's first try is not Ben's: he is greylisted on his own first try.
            assertTrue(ben.send("RCPT TO:<carol@example.test>").startsWith("451 4.7.1"));
        }
        try (StudentClient ada = new StudentClient(server.port())) {
            ada.send("EHLO localhost");
            ada.send(plain("", "s01", "ada-pw"));
            assertEquals("250 2.1.0 Ok", ada.send("MAIL FROM:<>"));
            assertEquals("250 2.1.5 Ok", ada.send("RCPT TO:<carol@example.test>"));
        }
        StudentSnapshot ada = server.student("s01").orElseThrow();
        StudentSnapshot ben = server.student("s02").orElseThrow();
        assertEquals(2, ada.errors()); // her 500 and her 451
        assertEquals(1, ben.errors()); // his 451 only
    }

    @Test
    void helpExerciseTellsTheCurrentTaskAndItsCriteria() throws Exception {
        start(Limits.defaults(), false);
        try (StudentClient ada = new StudentClient(server.port())) {
            ada.send("EHLO ada");
            assertEquals("214 2.0.0 Log in with AUTH (your roster id and password) to see your exercise.",
                    ada.send("HELP EXERCISE"));
            ada.send(plain("", "s01", "ada-pw"));
            ada.message("s01@example.test", "bob@example.test", "Subject: hi", "", "hi");
            ada.raw("HELP EXERCISE\r\n".getBytes(StandardCharsets.US_ASCII));
            // The last of the 214 lines: exercise 1's fourth criterion, not met by a plaintext AUTH.
            assertEquals("214 2.0.0 [ ] STARTTLS before AUTH", ada.reply());
        }
    }

    @Test
    void limitsAnswerAsPostfixDoesAndTheTeacherIsTold() throws Exception {
        start(new Limits(1, 2, 200, 100, 1000), false);
        try (StudentClient first = new StudentClient(server.port());
             StudentClient second = new StudentClient(server.port())) {
            first.send("EHLO a");
            first.send(plain("", "s01", "ada-pw"));
            second.send("EHLO b");
            assertEquals("235 2.7.0 Authentication successful", second.send(plain("", "s01", "ada-pw")));
            assertEquals("421 4.7.0 mail.example.test Error: too many connections from s01", second.send("NOOP"));
            assertEquals("552 5.3.4 Message size exceeds fixed limit", first.send("MAIL FROM:<s01@example.test> SIZE=500"));
            assertTrue(first.message("s01@example.test", "bob@example.test", "Subject: 1", "", "x").startsWith("250 "));
            assertTrue(first.message("s01@example.test", "bob@example.test", "Subject: 2", "", "x").startsWith("250 "));
            assertEquals("452 4.5.3 Error: too many messages from s01, at most 2 a minute; try again later",
                    first.send("MAIL FROM:<s01@example.test>"));
        }
        assertTrue(log.contains("[s01] limit: more than 1 sessions open at once (421 4.7.0)"), log::toString);
        assertTrue(log.contains("[s01] limit: a message over the size limit of 200 octets (552 5.3.4)"), log::toString);
        assertTrue(log.contains("[s01] limit: more than 2 messages in a minute (452 4.5.3)"), log::toString);
    }
}
