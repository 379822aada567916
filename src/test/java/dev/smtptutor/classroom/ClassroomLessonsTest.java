package dev.smtptutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student plays a lesson against the classroom server over a real socket, with the marker the tutor
 * sends at a lesson's start: the grades count that lesson for that student, and for nobody else.
 */
class ClassroomLessonsTest {

    @TempDir
    Path data;

    private ClassroomServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aLessonPlayedAgainstTheServerCountsForThatStudentOnly() throws Exception {
        Roster roster = new Roster(List.of(new Student("s01", "Ada", "ada-pw"), new Student("s02", "Ben", "ben-pw")));
        server = ClassroomServer.builder(roster, data).start();
        try (StudentClient ada = new StudentClient(server.port())) {
            ada.send("EHLO ada");
            assertEquals("235 2.7.0 Authentication successful", ada.send("AUTH PLAIN " + Base64.getEncoder()
                    .encodeToString("\0s01\0ada-pw".getBytes(StandardCharsets.UTF_8))));
            assertTrue(ada.send("NOOP smtp-tutor lesson 02-first-message").startsWith("250"));
            // Lesson 2 with Ada's own address for alice: EHLO, MAIL, RCPT, DATA (4 of 6 steps); "second" is
            // left out, so its QUIT step is never reached either.
            assertTrue(ada.send("EHLO client.example.test").startsWith("250 "));
            assertEquals("250 2.1.0 Ok", ada.send("MAIL FROM:<s01@example.test>"));
            assertEquals("250 2.1.5 Ok", ada.send("RCPT TO:<bob@example.test>"));
            assertTrue(ada.send("DATA").startsWith("354 "));
            ada.text("From: s01@example.test", "Date: Tue, 01 Dec 2026 09:00:00 +0000", "Subject: Hello", "",
                    "Hi Bob, this is my first message typed by hand.");
            assertTrue(ada.send(".").startsWith("250 2.0.0 Ok: queued as "));
            assertEquals("221 2.0.0 Bye", ada.send("QUIT"));
        }
        try (StudentClient ben = new StudentClient(server.port())) {
            ben.send("EHLO ben");
            ben.send("AUTH PLAIN " + Base64.getEncoder().encodeToString("\0s02\0ben-pw".getBytes(StandardCharsets.UTF_8)));
            assertEquals("221 2.0.0 Bye", ben.send("QUIT"));
        }
        GradeReport report = server.grades();

        String[] csv = GradeCsv.of(report).split("\n");
        List<String> header = List.of(csv[0].split(","));
        int lesson = header.indexOf("lesson02");
        assertEquals(header.indexOf("total") - 1, lesson, csv[0]);
        assertEquals(List.of("lesson02"), header.stream().filter(h -> h.startsWith("lesson")).toList());
        assertEquals("4", csv[1].split(",")[lesson], csv[1]);
        assertEquals("0", csv[2].split(",")[lesson], csv[2]);

        Map<String, Object> json = Json.map(GradeJson.of(report));
        List<?> students = (List<?>) json.get("students");
        Map<?, ?> adaRow = (Map<?, ?>) students.get(0);
        Map<?, ?> benRow = (Map<?, ?>) students.get(1);
        assertEquals("s01", adaRow.get("id"));
        assertEquals(List.of(Map.of("lesson", "02-first-message", "met", 4, "of", 6, "complete", false)),
                adaRow.get("lessons"));
        assertEquals(List.of(), benRow.get("lessons"));

        String markdown = GradeMarkdown.of(report);
        assertTrue(markdown.contains("| lesson02 | total |"), markdown);
        assertTrue(markdown.contains("- [ ] 02-first-message: 4 of 6 steps met\n"), markdown);

        StudentSnapshot live = server.student("s01").orElseThrow();
        assertEquals("02-first-message", live.lessons().get(0).lessonId());
        assertEquals(4, live.lessons().get(0).met());
        assertEquals(List.of(), server.student("s02").orElseThrow().lessons());
    }
}
