package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of 30 over real sockets, all at once: some do exercise 1 right, some make the typical
 * mistakes (no STARTTLS, AUTH before EHLO, a wrong password, a bare LF, no Subject), a few do later
 * exercises, one never comes; two more show the crediting rule (a message that finishes exercises 1
 * and 6 counts for both; one that finishes none is an attempt at the current exercise). The feedback
 * in each 250 and the grade report in every format are checked criterion by criterion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassOfThirtyTest {

    @TempDir
    static Path data;

    private ClassroomServer server;
    private SSLContext tls;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    /** Every student but s29 (and s30, who never comes) has played. */
    private final java.util.concurrent.CountDownLatch othersDone = new java.util.concurrent.CountDownLatch(30);
    private final Map<String, List<String>> feedback = new ConcurrentHashMap<>();
    private GradeReport report;

    private static String password(int n) {
        return "pw-" + n;
    }

    private static String id(int n) {
        return String.format("s%02d", n);
    }

    @BeforeAll
    void classDoesItsWork() throws Exception {
        List<Student> students = new ArrayList<>();
        for (int n = 1; n <= 32; n++) {
            students.add(new Student(id(n), "Student " + n, password(n)));
        }
        server = ClassroomServer.builder(new Roster(students), data).clock(clock).start();
        tls = server.clientContext();
        ExecutorService pool = Executors.newFixedThreadPool(31);
        List<Future<?>> work = new ArrayList<>();
        for (int n = 1; n <= 32; n++) {
            if (n == 30) {
                continue; // s30 never comes
            }
            int student = n;
            work.add(pool.submit(() -> {
                try {
                    play(student);
                } finally {
                    if (student != 29) {
                        othersDone.countDown();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        report = server.grades();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private void said(int n, String reply) {
        feedback.computeIfAbsent(id(n), k -> new ArrayList<>()).add(reply);
    }

    private static String[] message(String subject, String body) {
        return subject == null ? new String[] {"From: <me@example.test>", "", body}
                : new String[] {"Subject: " + subject, "", body};
    }

    private void play(int n) throws Exception {
        String me = id(n) + "@example.test";
        if (n <= 10) { // exercise 1, as it should be done
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop-" + n, tls);
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
                c.send("QUIT");
            }
        } else if (n <= 14) { // no STARTTLS: AUTH in the clear
            try (StudentClient c = new StudentClient(server.port())) {
                c.send("EHLO laptop");
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
            }
        } else if (n <= 17) { // AUTH before EHLO, then right
            try (StudentClient c = new StudentClient(server.port())) {
                said(n, c.authPlain(id(n), password(n)));
                c.helloOverTls("laptop", tls);
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
            }
        } else if (n <= 20) { // a wrong password; s19 and s20 fix it in a new session
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                said(n, c.authPlain(id(n), "guess"));
                said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
            }
            if (n > 18) {
                try (StudentClient c = new StudentClient(server.port())) {
                    c.helloOverTls("laptop", tls);
                    c.authLogin(id(n), password(n));
                    said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
                }
            }
        } else if (n <= 23) { // a bare LF in the message; s22 and s23 then do it right
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                c.authPlain(id(n), password(n));
                c.send("MAIL FROM:<" + me + ">");
                c.send("RCPT TO:<bob@example.test>");
                c.send("DATA");
                c.raw("Subject: hi\n".getBytes(StandardCharsets.US_ASCII));
                said(n, c.reply());
            }
            if (n > 21) {
                try (StudentClient c = new StudentClient(server.port())) {
                    c.helloOverTls("laptop", tls);
                    c.authPlain(id(n), password(n));
                    said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
                }
            }
        } else if (n <= 26) { // no Subject
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "bob@example.test", message(null, "hi")));
            }
        } else if (n == 27) { // exercise 10: BDAT
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                c.authPlain(id(n), password(n));
                c.send("MAIL FROM:<" + me + ">");
                c.send("RCPT TO:<bob@example.test>");
                byte[] body = "Subject: chunks\r\n\r\nin one chunk\r\n".getBytes(StandardCharsets.US_ASCII);
                c.raw(("BDAT " + body.length + " LAST\r\n").getBytes(StandardCharsets.US_ASCII));
                c.raw(body);
                said(n, c.reply());
            }
        } else if (n == 28) { // exercise 9: DSN
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                c.authPlain(id(n), password(n));
                c.send("MAIL FROM:<" + me + "> RET=HDRS");
                c.send("RCPT TO:<bob@example.test> NOTIFY=SUCCESS,FAILURE");
                c.send("DATA");
                c.text(message("report please", "hi"));
                said(n, c.send("."));
            }
        } else if (n == 31) { // STARTTLS and CRAM-MD5: meets exercise 1 and exercise 6 in full
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                c.authCramMd5(id(n), password(n));
                said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
            }
        } else if (n == 32) { // exercise 1 done, then a message that finishes nothing
            try (StudentClient c = new StudentClient(server.port())) {
                c.helloOverTls("laptop", tls);
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "bob@example.test", message("Hello Bob", "hi")));
            }
            try (StudentClient c = new StudentClient(server.port())) {
                c.send("EHLO laptop");
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "alice@example.test", message(null, "hi")));
            }
        } else { // s29, exercise 8: greylisted, retried after the delay
            try (StudentClient c = new StudentClient(server.port())) {
                c.send("EHLO laptop");
                c.authPlain(id(n), password(n));
                c.send("MAIL FROM:<" + me + ">");
                said(n, c.send("RCPT TO:<carol@example.test>"));
                c.send("QUIT");
            }
            // The clock is the whole class's: it moves only once everyone else is done, so that their
            // transcripts keep the times the assertions name, whichever thread runs first.
            if (!othersDone.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the rest of the class did not finish within 60 s");
            }
            clock.advance(Duration.ofSeconds(11));
            try (StudentClient c = new StudentClient(server.port())) {
                c.send("EHLO laptop");
                c.authPlain(id(n), password(n));
                said(n, c.message(me, "carol@example.test", message("again", "hi")));
            }
        }
    }

    private static final String OK = "250 2.0.0 Ok: queued as ";

    private String only(int n) {
        List<String> said = feedback.get(id(n));
        return said.get(said.size() - 1).replaceFirst("queued as \\w+", "queued as Q");
    }

    @Test
    void correctStudentsAreToldExercise1IsComplete() {
        for (int n = 1; n <= 10; n++) {
            assertEquals("250 2.0.0 Ok: queued as Q; exercise 1: 4 of 4, complete", only(n), id(n));
        }
    }

    @Test
    void authWithoutStartTlsIsToldWhatIsMissing() {
        for (int n = 11; n <= 14; n++) {
            assertEquals("250 2.0.0 Ok: queued as Q; exercise 1: 3 of 4 (missing: STARTTLS before AUTH)", only(n), id(n));
        }
    }

    @Test
    void authBeforeEhloGets503ThenTheRightOrderCounts() {
        for (int n = 15; n <= 17; n++) {
            assertEquals("503 5.5.1 Error: send HELO/EHLO first", feedback.get(id(n)).get(0));
            assertEquals("250 2.0.0 Ok: queued as Q; exercise 1: 4 of 4, complete", only(n), id(n));
        }
    }

    @Test
    void wrongPasswordIsRefusedAndTheMessageIsNotGraded() {
        for (int n = 18; n <= 20; n++) {
            List<String> said = feedback.get(id(n));
            assertEquals("535 5.7.8 Error: authentication failed: authentication failure", said.get(0));
            assertTrue(said.get(1).startsWith(OK) && said.get(1).endsWith("; not graded: log in with AUTH as your roster id first"),
                    said.get(1));
        }
        // STARTTLS, EHLO again and AUTH LOGIN to bob: the message meets exercises 1 and 5 whole, and counts for both.
        assertEquals("250 2.0.0 Ok: queued as Q; exercises 1 and 5 complete", only(19));
        assertEquals("250 2.0.0 Ok: queued as Q; exercises 1 and 5 complete", only(20));
    }

    @Test
    void bareLfClosesTheSessionWith521() {
        for (int n = 21; n <= 23; n++) {
            assertEquals("521 5.5.2 mail.example.test Error: bare <LF> received", feedback.get(id(n)).get(0));
        }
        assertEquals("250 2.0.0 Ok: queued as Q; exercise 1: 4 of 4, complete", only(22));
    }

    @Test
    void missingSubjectIsNamed() {
        for (int n = 24; n <= 26; n++) {
            assertEquals("250 2.0.0 Ok: queued as Q; exercise 1: 3 of 4 (missing: a Subject header)", only(n), id(n));
        }
    }

    @Test
    void laterExercisesAreRecognised() {
        // After STARTTLS and AUTH, from their own address to bob with a Subject: exercise 1 is met too.
        assertEquals("250 2.0.0 Ok: 33 bytes queued as Q; exercises 1 and 10 complete", only(27));
        assertEquals("250 2.0.0 Ok: queued as Q; exercises 1 and 9 complete", only(28));
        assertEquals("451 4.7.1 <carol@example.test>: Recipient address rejected: Greylisted, try again in 10 seconds",
                feedback.get(id(29)).get(0));
        // No STARTTLS and no bob: exercise 8 alone.
        assertEquals("250 2.0.0 Ok: queued as Q; exercise 8: 3 of 3, complete", only(29));
    }

    @Test
    void aMessageThatMeetsExercises1And6CountsForBoth() {
        assertEquals(List.of("250 2.0.0 Ok: queued as Q; exercises 1 and 6 complete"),
                feedback.get(id(31)).stream().map(r -> r.replaceFirst("queued as \\w+", "queued as Q")).toList());
        assertEquals("s31,Student 31,4,0,0,0,0,3,0,0,0,0,7", GradeCsv.of(report).split("\n")[31]);
    }

    @Test
    void aMessageThatFinishesNoExerciseIsAnAttemptAtTheCurrentOne() {
        // s11-s14 have finished nothing: exercise 1 is current. s32 had finished exercise 1: now it is 2.
        assertEquals("250 2.0.0 Ok: queued as Q; exercise 1: 3 of 4 (missing: STARTTLS before AUTH)", only(11));
        assertEquals(List.of("250 2.0.0 Ok: queued as Q; exercise 1: 4 of 4, complete",
                        "250 2.0.0 Ok: queued as Q; exercise 2: 3 of 4 (missing: a Subject header)"),
                feedback.get(id(32)).stream().map(r -> r.replaceFirst("queued as \\w+", "queued as Q")).toList());
        assertEquals("s32,Student 32,4,3,0,0,0,0,0,0,0,0,7", GradeCsv.of(report).split("\n")[32]);
    }

    @Test
    void csvHasOneRowPerRosterStudentWithExactPoints() {
        String[] rows = GradeCsv.of(report).split("\n");
        assertEquals("id,name,ex01,ex02,ex03,ex04,ex05,ex06,ex07,ex08,ex09,ex10,total", rows[0]);
        assertEquals(33, rows.length);
        for (int n = 1; n <= 32; n++) {
            String ex01 = switch (n) {
                case 11, 12, 13, 14, 24, 25, 26 -> "3";
                case 18, 21, 29, 30 -> "0";
                default -> "4";
            };
            // Every exercise a message met in full is credited; ex01 alongside the later one where it was met too.
            String rest = switch (n) {
                case 27 -> ",0,0,0,0,0,0,0,0,3,7";
                case 28 -> ",0,0,0,0,0,0,0,3,0,7";
                case 29 -> ",0,0,0,0,0,0,3,0,0,3";
                case 19, 20 -> ",0,0,0,4,0,0,0,0,0,8";
                case 31 -> ",0,0,0,0,3,0,0,0,0,7";
                case 32 -> ",3,0,0,0,0,0,0,0,0,7";
                default -> ",0,0,0,0,0,0,0,0,0," + ex01;
            };
            assertEquals(id(n) + ",Student " + n + "," + ex01 + rest, rows[n], id(n));
        }
    }

    /** Walks a JSON tree: strings are keys, numbers are list indexes. */
    private static Object at(Object node, Object... path) {
        for (Object step : path) {
            node = step instanceof Integer i ? ((List<?>) node).get(i) : ((Map<?, ?>) node).get(step);
        }
        return node;
    }

    private static Object criterion(Object json, int student, int exercise, int criterion, Object... rest) {
        Object c = at(json, "students", student - 1, "exercises", exercise - 1, "criteria", criterion);
        return at(c, rest);
    }

    @Test
    void jsonHasEachCriterionWithItsEvidence() throws Exception {
        Object json = Json.map(GradeJson.of(report));
        assertEquals(32, ((List<?>) at(json, "students")).size());
        assertEquals(List.of(true, true, true, false), List.of(criterion(json, 11, 1, 0, "met"),
                criterion(json, 11, 1, 1, "met"), criterion(json, 11, 1, 2, "met"), criterion(json, 11, 1, 3, "met")));
        assertEquals("STARTTLS before AUTH", criterion(json, 11, 1, 3, "label"));
        assertEquals("AUTH PLAIN ********  →  235 2.7.0 Authentication successful",
                criterion(json, 11, 1, 3, "evidence", 0, "line"));
        assertEquals("2026-03-02T09:00:00Z", criterion(json, 11, 1, 3, "evidence", 0, "at"));
        assertEquals("MAIL FROM:<s11@example.test>  →  250 2.1.0 Ok", criterion(json, 11, 1, 0, "evidence", 0, "line"));
        assertEquals("RCPT TO:<bob@example.test>  →  250 2.1.5 Ok", criterion(json, 11, 1, 1, "evidence", 0, "line"));

        assertEquals("STARTTLS  →  220 2.0.0 Ready to start TLS", criterion(json, 1, 1, 3, "evidence", 0, "line"));
        assertEquals("AUTH PLAIN ********  →  235 2.7.0 Authentication successful",
                criterion(json, 1, 1, 3, "evidence", 1, "line"));

        assertEquals(false, criterion(json, 24, 1, 2, "met"));
        assertEquals("a Subject header", criterion(json, 24, 1, 2, "label"));
        assertTrue(((String) criterion(json, 24, 1, 2, "evidence", 0, "line")).matches(
                "\\.  →  250 2\\.0\\.0 Ok: queued as \\w+; exercise 1: 3 of 4 \\(missing: a Subject header\\)"));

        assertEquals("s30", at(json, "students", 29, "id"));
        assertEquals(0, ((Number) at(json, "students", 29, "sessions")).intValue());
        assertEquals(0, ((Number) at(json, "students", 29, "total")).intValue());
        assertEquals(false, criterion(json, 30, 1, 0, "met"));
        assertEquals(List.of(), criterion(json, 30, 1, 0, "evidence"));
        assertEquals(0, ((Number) at(json, "students", 17, "sessions")).intValue(), "s18 never logged in: no session is theirs");

        assertEquals("retried after a 451", criterion(json, 29, 8, 1, "label"));
        assertTrue(((String) criterion(json, 29, 8, 1, "evidence", 0, "line")).startsWith("RCPT TO:<carol@example.test>  →  451 4.7.1"));
        assertEquals("2026-03-02T09:00:00Z", criterion(json, 29, 8, 1, "evidence", 0, "at"));
        assertEquals("2026-03-02T09:00:11Z", criterion(json, 29, 8, 1, "evidence", 1, "at"));
        assertEquals("4", String.valueOf(at(json, "students", 0, "exercises", 0, "points")));

        // s31's one message is the evidence of exercise 1 and of exercise 6.
        assertEquals("4", String.valueOf(at(json, "students", 30, "exercises", 0, "points")));
        assertEquals("3", String.valueOf(at(json, "students", 30, "exercises", 5, "points")));
        assertEquals("logged in with AUTH CRAM-MD5", criterion(json, 31, 6, 0, "label"));
        assertEquals(true, criterion(json, 31, 6, 0, "met"));
        assertEquals(criterion(json, 31, 1, 0, "evidence"), criterion(json, 31, 6, 1, "evidence"));
        // s32's second message is exercise 2's best attempt: 3 of 4, the Subject missing, the 250 its evidence.
        assertEquals("3", String.valueOf(at(json, "students", 31, "exercises", 1, "points")));
        assertEquals(List.of(true, true, false, true), List.of(criterion(json, 32, 2, 0, "met"),
                criterion(json, 32, 2, 1, "met"), criterion(json, 32, 2, 2, "met"), criterion(json, 32, 2, 3, "met")));
        assertTrue(((String) criterion(json, 32, 2, 2, "evidence", 0, "line")).matches(
                "\\.  →  250 2\\.0\\.0 Ok: queued as \\w+; exercise 2: 3 of 4 \\(missing: a Subject header\\)"));
        assertEquals("MAIL FROM:<s32@example.test>  →  250 2.1.0 Ok", criterion(json, 32, 2, 0, "evidence", 0, "line"));
    }

    @Test
    void markdownHasTheTableCriteriaEvidenceAndExplainedTranscriptsWithoutSecrets() {
        String md = GradeMarkdown.of(report);
        assertTrue(md.contains("| id | name | ex01 | ex02 | ex03 | ex04 | ex05 | ex06 | ex07 | ex08 | ex09 | ex10 | total |"), md);
        assertTrue(md.contains("| s11 | Student 11 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 3 |"));
        assertTrue(md.contains("| s30 | Student 30 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"));
        assertTrue(md.contains("| s19 | Student 19 | 4 | 0 | 0 | 0 | 4 | 0 | 0 | 0 | 0 | 0 | 8 |"), md);
        assertTrue(md.contains("| s31 | Student 31 | 4 | 0 | 0 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 7 |"), md);
        int s11 = md.indexOf("## s11 · Student 11");
        String section = md.substring(s11, md.indexOf("## s12 · Student 12"));
        assertTrue(section.contains("- [x] MAIL FROM your own address\n  - `2026-03-02T09:00:00Z` `MAIL FROM:<s11@example.test>  →  250 2.1.0 Ok`"), section);
        assertTrue(section.contains("- [ ] STARTTLS before AUTH\n  - `2026-03-02T09:00:00Z` `AUTH PLAIN ********  →  235 2.7.0 Authentication successful`"), section);
        assertTrue(section.contains(" -> AUTH PLAIN ********\n"), section);
        assertTrue(section.contains("<-  235 2.7.0 Authentication successful\n             # "), section);
        String s21 = md.substring(md.indexOf("## s21 · Student 21"), md.indexOf("## s22 · Student 22"));
        assertTrue(s21.contains("<~  521 5.5.2 mail.example.test Error: bare <LF> received\n             # "), s21);
        assertTrue(md.contains("## s30 · Student 30"));
        for (int n = 1; n <= 32; n++) {
            String secret = Base64.getEncoder().encodeToString(("\0" + id(n) + "\0" + password(n)).getBytes(StandardCharsets.UTF_8));
            assertFalse(md.contains(secret), id(n));
            assertFalse(md.contains(password(n) + "\n") || md.contains(password(n) + " "), id(n));
        }
    }

    @Test
    void everyAcceptedMessageIsInBobsMaildirByteForByte() throws Exception {
        List<Path> files;
        try (var list = Files.list(data.resolve("mail/bob/new"))) {
            files = list.toList();
        }
        // s01-s17 (17), s18-s20 first try (3, not graded but accepted), s19, s20, s22, s23, s24-s26, s27, s28, s31, s32
        assertEquals(17 + 3 + 2 + 2 + 3 + 1 + 1 + 1 + 1, files.size());
        assertTrue(files.stream().anyMatch(f -> {
            try {
                return Files.readString(f).equals("Subject: chunks\r\n\r\nin one chunk\r\n");
            } catch (java.io.IOException e) {
                return false;
            }
        }));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("mail/bob"))));
    }
}
