package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.SimServer;
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

    private static ChromeDriver browser;
    private static SimClassroom classroom;
    private static SimServer smtp;
    private static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        classroom = new SimClassroom().student("s01", "Ana Lima", "kaboro-telu").student("s02", "Ben Okafor", "mifa-dorek")
                .student("s03", "Chen Wei", "tasu-lomin");
        MailStore store = new MailStore();
        store.onDelivery(classroom::delivered);
        smtp = SimServer.builder().store(store).observer(classroom).port(0).start();
        smtp.prepareTls().get();
        web = WebServer.builder(classroom).requireToken(true).start();
        browser = Browsers.headless(1400, 1000);
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
    void boardFollowsTheClassLiveAndEachStudentSeesOnlyTheirOwn(@TempDir Path folder) throws Exception {
        // The printed address with the token: it becomes a cookie and leaves the address bar.
        browser.get(web.boardUrl("127.0.0.1"));
        waiting().until(d -> !d.findElements(By.id("student-s03")).isEmpty());
        assertEquals("http://127.0.0.1:" + web.port() + "/", browser.getCurrentUrl());
        waiting().until(d -> "open".equals(d.findElement(By.id("live")).getAttribute("data-state")));
        assertEquals("NOT_YET", mark("s01", 0));
        ((JavascriptExecutor) browser).executeScript("window.sameDocument = 'not reloaded';");

        try (SmtpStudent ana = new SmtpStudent(smtp); SmtpStudent ben = new SmtpStudent(smtp)) {
            assertTrue(ana.send("EHLO s01").startsWith("250 "));
            waitForMark("s01", 0, "MET");
            assertEquals("connected", cell("s01", "link"));
            assertEquals("EHLO s01", cell("s01", "last"));

            assertTrue(ana.startTls().startsWith("220 "));
            ana.send("EHLO s01");
            ana.send("MAIL FROM:<s01@example.test>");
            ana.send("RCPT TO:<bob@example.test>");
            assertTrue(ana.message("From: s01@example.test", "To: bob@example.test", "Subject: " + SCRIPT, "",
                    "Hello Bob.").startsWith("250 "));
            waitForMark("s01", 3, "MET");
            assertEquals(List.of("MET", "MET", "MET", "MET"), List.of(mark("s01", 0), mark("s01", 1), mark("s01", 2), mark("s01", 3)));
            assertEquals("4", cell("s01", "points"));

            // Ben makes the classic mistake: RCPT before MAIL gets 503, the criterion is broken.
            ben.send("EHLO s02");
            ben.send("RCPT TO:<bob@example.test>");
            waitForMark("s02", 2, "BROKEN");
            assertTrue(cell("s02", "reply").startsWith("503"));
            assertEquals("not yet", cell("s03", "link"));
        }
        waiting().until(d -> "left".equals(cell("s01", "link")));
        assertEquals("not reloaded", ((JavascriptExecutor) browser).executeScript("return window.sameDocument;"));

        // The teacher's click on a student opens their live transcript, every reply explained.
        browser.findElement(By.cssSelector("#student-s02 td.who a")).click();
        waiting().withMessage(() -> browser.getCurrentUrl() + " " + browser.manage().logs().get("browser").getAll()).until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        String bens = browser.findElement(By.id("sessions")).getText();
        assertTrue(bens.contains("RCPT TO:<bob@example.test>") && bens.contains("503"), bens);

        // Ana logs in on her own machine and sees her sessions and message, nothing of Ben's.
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + web.port() + "/me");
        browser.findElement(By.id("id")).sendKeys("s01");
        browser.findElement(By.id("password")).sendKeys("kaboro-telu");
        browser.findElement(By.id("submit")).click();
        waiting().withMessage(() -> browser.getCurrentUrl() + " " + browser.getPageSource()).until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
        assertEquals("s01 · Ana Lima", browser.findElement(By.id("heading")).getText());
        String sessions = browser.findElement(By.id("sessions")).getText();
        assertTrue(sessions.contains("STARTTLS") && sessions.contains("220 2.0.0"), sessions);
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
        Files.writeString(report, new HtmlReport(ZoneOffset.UTC).render(classroom, "class-data", Instant.now()),
                StandardCharsets.UTF_8);
        browser.get(report.toUri().toString());
        assertEquals(3, browser.findElements(By.cssSelector("table.grades tbody tr")).size());
        assertFalse(browser.findElements(By.cssSelector("#student-s01 .sequence .step.c2s")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#student-s01 .sequence .tls-start")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#student-s02 .sequence .step.s2c.code5")).isEmpty());
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').length;"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }
}
