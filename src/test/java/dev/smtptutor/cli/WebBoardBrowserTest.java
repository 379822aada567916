package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.RosterReader;
import dev.smtptutor.web.HtmlReport;
import dev.smtptutor.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The class on the projector, in a real headless Chromium: students connect over SMTP sockets and
 * the board changes in front of it without a reload; a student logs in and sees only their own;
 * the HTML report opens as one file.
 */
class WebBoardBrowserTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    static Path folder;

    private static ChromeDriver browser;
    private static ClassroomServer smtp;
    private static ClassroomWebView classroom;
    private static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        Roster roster = RosterReader.parse("roster.csv", "id,name,password\n"
                + "s01,Ana Lima,kaboro-telu\ns02,Ben Okafor,mifa-dorek\ns03,Chen Wei,tasu-lomin\n");
        smtp = ClassroomServer.builder(roster, folder.resolve("class")).identifyByEhlo(true).port(0).start();
        classroom = ClassroomWebView.live(smtp);
        web = WebServer.builder(classroom).requireToken(true).start();
        browser = Browsers.headless(1400, 1000);
    }

    private static SmtpStudent student() throws Exception {
        return new SmtpStudent(smtp.port(), smtp.clientContext());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        web.close();
        smtp.close();
    }

    private static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    /** Read in one script call: a row may be replaced by a live update between two WebDriver calls. */
    private static String mark(String student, int column) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('#student-' + arguments[0] + ' td.mark')[arguments[1]].dataset.mark;",
                student, column);
    }

    private static String cell(String student, String cell) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#student-' + arguments[0] + ' td.' + arguments[1]).textContent;",
                student, cell);
    }

    private static void waitForMark(String student, int column, String mark) {
        waiting().withMessage(student + " criterion " + column + " should become " + mark)
                .until(d -> mark.equals(mark(student, column)));
    }

    @Test
    void boardFollowsTheClassLiveAndEachStudentSeesOnlyTheirOwn() throws Exception {
        // The printed address with the token: it becomes a cookie and leaves the address bar.
        browser.get(web.boardUrl("127.0.0.1"));
        waiting().until(d -> !d.findElements(By.id("student-s03")).isEmpty());
        assertEquals("http://127.0.0.1:" + web.port() + "/", browser.getCurrentUrl());
        waiting().until(d -> "open".equals(d.findElement(By.id("live")).getAttribute("data-state")));
        assertEquals("NOT_YET", mark("s01", 0));
        ((JavascriptExecutor) browser).executeScript("window.sameDocument = 'not reloaded';");

        try (SmtpStudent ana = student(); SmtpStudent ben = student()) {
            assertTrue(ana.send("EHLO laptop.example").startsWith("250 "));
            assertEquals("not yet", cell("s01", "link"), "nobody knows who this is before AUTH");
            assertTrue(ana.startTls().startsWith("220 "));
            ana.send("EHLO laptop.example");
            assertTrue(ana.authPlain("s01", "kaboro-telu").startsWith("235 "));
            waiting().until(d -> "connected".equals(cell("s01", "link")));
            ana.send("MAIL FROM:<s01@example.test>");
            ana.send("RCPT TO:<bob@example.test>");
            assertTrue(ana.message("From: s01@example.test", "To: bob@example.test", "Subject: " + SCRIPT, "",
                    "Hello Bob.").startsWith("250 "));
            waitForMark("s01", 3, "MET");
            assertEquals(List.of("MET", "MET", "MET", "MET"), List.of(mark("s01", 0), mark("s01", 1), mark("s01", 2), mark("s01", 3)));
            waiting().until(d -> cell("s01", "reply").startsWith("250 2.0.0 Ok: queued as "));

            // Ben makes the classic mistakes: no STARTTLS, no AUTH (EHLO s02 is allowed today), no Subject.
            ben.send("EHLO s02");
            ben.send("MAIL FROM:<s02@example.test>");
            ben.send("RCPT TO:<bob@example.test>");
            assertTrue(ben.message("From: s02@example.test", "To: bob@example.test", "", "Hi Bob.").startsWith("250 "));
            waiting().until(d -> "1".equals(cell("s02", "messages")));
            assertEquals("connected", cell("s02", "link"));
            assertFalse("MET".equals(mark("s02", 2)), "no Subject, yet the criterion is met");
            assertFalse("MET".equals(mark("s02", 3)), "no STARTTLS, yet the criterion is met");
            assertEquals("not yet", cell("s03", "link"));
        }
        waiting().until(d -> "left".equals(cell("s01", "link")));
        assertEquals("not reloaded", ((JavascriptExecutor) browser).executeScript("return window.sameDocument;"));

        // The teacher's click on a student opens their live transcript, every reply explained.
        browser.findElement(By.cssSelector("#student-s02 td.who a")).click();
        waiting().withMessage(() -> browser.getCurrentUrl() + " " + browser.manage().logs().get("browser").getAll()).until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        String bens = browser.findElement(By.id("sessions")).getText();
        assertTrue(bens.contains("EHLO s02") && bens.contains("RCPT TO:<bob@example.test>"), bens);

        // Ana logs in on her own machine and sees her sessions and message, nothing of Ben's.
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + web.port() + "/me");
        browser.findElement(By.id("id")).sendKeys("s01");
        browser.findElement(By.id("password")).sendKeys("kaboro-telu");
        browser.findElement(By.id("submit")).click();
        waiting().withMessage(() -> browser.getCurrentUrl() + " " + browser.getPageSource()).until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        assertEquals("s01 · Ana Lima", browser.findElement(By.id("heading")).getText());
        String sessions = browser.findElement(By.id("sessions")).getText();
        assertTrue(sessions.contains("STARTTLS") && sessions.contains("AUTH PLAIN ********"), sessions);
        assertFalse(sessions.contains("kaboro-telu"), "a password on the page");
        assertTrue(sessions.contains("next"), "every reply explained: " + sessions);
        WebElement subject = browser.findElements(By.cssSelector("#messages .headers tr")).stream()
                .filter(row -> row.getText().startsWith("Subject:")).findFirst().orElseThrow();
        assertEquals(SCRIPT, subject.findElement(By.cssSelector("td.value")).getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        String page = browser.getPageSource();
        assertFalse(page.contains("s02") || page.contains("Ben Okafor"), "another student's data on s01's page");
        Object others = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/students/s02').then(r => done(r.status));");
        assertEquals(401L, others);

        // The HTML report: one file, opened from disk, nothing fetched.
        Path report = folder.resolve("report.html");
        classroom = ClassroomWebView.fromDisk(smtp.data(), smtp.roster(), smtp.exercises());
        Files.writeString(report, new HtmlReport(ZoneOffset.UTC).render(classroom, "class-data", Instant.now()),
                StandardCharsets.UTF_8);
        browser.get(report.toUri().toString());
        assertEquals(3, browser.findElements(By.cssSelector("table.grades tbody tr")).size());
        assertFalse(browser.findElements(By.cssSelector("#student-s01 .sequence .step.c2s")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#student-s01 .sequence .tls-start")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#student-s01 .sequence .step.s2c.code2")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#student-s03")).getText().contains("Never connected."));
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').length;"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }
}
