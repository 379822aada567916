package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.RosterReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./run.sh grade --format html: one self-contained file, diagrams and transcripts, escaped, 0600. */
class GradeHtmlTest {

    @Test
    void gradeWritesOneSelfContainedHtmlFile(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("class");
        try (ClassroomServer server = ClassroomServer.builder(RosterReader.parse("roster.csv",
                "id,name,password\ns01,Ana <b>Lima</b>,kaboro-telu\ns02,Ben,mifa-dorek\n"), data).port(0).start();
             SmtpStudent ana = new SmtpStudent(server.port(), server.clientContext())) {
            assertTrue(ana.sendsProperly("s01", "kaboro-telu", "Subject: <script>alert(1)</script>", "", "Hi").startsWith("250 "));
            ana.send("QUIT");
        }
        Path out = folder.resolve("report.html");
        assertEquals(0, Main.run("grade", "--data", data.toString(), "--format", "html", "--out", out.toString()));

        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src=")
                || html.contains("<script") || html.contains("<link"), "the report must need nothing outside itself");
        assertTrue(html.contains("<td><a href=\"#student-s01\">s01</a></td><td>Ana &lt;b&gt;Lima&lt;/b&gt;</td>"), html);
        assertTrue(html.contains("<div class=\"step c2s\"><time>"), "a command arrow");
        assertTrue(html.contains("<div class=\"step s2c code2 tls\">"), "a 2xx reply inside TLS");
        assertTrue(html.contains("<div class=\"tls-start\">"), "where TLS starts");
        assertTrue(html.contains("AUTH PLAIN ********") && !html.contains("kaboro-telu"), "AUTH masked");
        assertTrue(html.contains("Subject: &lt;script&gt;alert(1)&lt;/script&gt;"), "the student's Subject as text");
        assertTrue(html.contains("@media print") && html.contains("size: A4"));
        assertTrue(html.contains("<section class=\"student\" id=\"student-s02\">") && html.contains("Never connected."));
    }
}
