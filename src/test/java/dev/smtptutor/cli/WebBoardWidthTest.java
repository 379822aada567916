package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.Student;
import dev.smtptutor.web.WebServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #12's leftover: every exercise column of the web board can be reached, in a real headless
 * Chromium. On a 1920x1080 projector all ten exercises fit beside the students' columns; in a narrow
 * window the grid scrolls sideways inside its own box (the page itself does not), so exercise 10 can
 * be scrolled into view while the student column stays put.
 */
class WebBoardWidthTest {

    @TempDir
    static Path folder;

    private static ChromeDriver browser;
    private static ClassroomServer smtp;
    private static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        List<Student> students = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            students.add(new Student(String.format("s%02d", n), "Student Number " + n, "pw-" + n));
        }
        smtp = ClassroomServer.builder(new Roster(students), folder.resolve("class")).identifyByEhlo(true).port(0).start();
        web = WebServer.builder(ClassroomWebView.live(smtp)).requireToken(false).start();
        browser = Browsers.headless(1920, 1080);
        // The widest a row gets: a long last command and a long last reply, both cut with an ellipsis.
        try (SmtpStudent s01 = new SmtpStudent(smtp.port(), smtp.clientContext())) {
            s01.send("EHLO s01");
            s01.send("MAIL FROM:<a-rather-long-local-part-for-a-sender@example.test>");
            s01.send("RCPT TO:<nobody-of-this-name@example.test>");
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        web.close();
        smtp.close();
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The board as the projector shows it, with every row and s01's long last command in place. */
    private static void openBoard(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get("http://127.0.0.1:" + web.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#board tbody tr")).size() == 30
                        && String.valueOf(js("return document.querySelector('#student-s01 td.last').textContent;"))
                        .startsWith("RCPT TO:<nobody"));
    }

    /** Where exercise 10's head, the grid's box and the window are, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> geometry() {
        return (Map<String, Number>) js("""
                const heads = document.querySelectorAll('#board th.exercise');
                const last = heads[heads.length - 1].getBoundingClientRect();
                const lastCell = document.querySelector('#student-s30 td.mark:last-child').getBoundingClientRect();
                const box = document.getElementById('board').parentElement;
                const r = box.getBoundingClientRect();
                const who = document.querySelector('#student-s01 td.who').getBoundingClientRect();
                return {heads: heads.length, text: Number(heads[heads.length - 1].textContent),
                        left: last.left, right: last.right, cellRight: lastCell.right,
                        boxLeft: r.left, boxRight: r.right, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth,
                        scrollLeft: box.scrollLeft, whoLeft: who.left,
                        pageWidth: document.documentElement.scrollWidth, window: window.innerWidth};
                """);
    }

    @Test
    void onA1920x1080ProjectorAllTenExercisesAreInViewWithoutScrolling() {
        openBoard(1920, 1080);
        Map<String, Number> at = geometry();
        assertEquals(10, at.get("heads").intValue(), at.toString());
        assertEquals(10, at.get("text").intValue(), at.toString());
        assertTrue(at.get("right").doubleValue() <= at.get("window").doubleValue(), "exercise 10 is cut: " + at);
        assertTrue(at.get("cellRight").doubleValue() <= at.get("boxRight").doubleValue(), "its last cell is cut: " + at);
        assertTrue(at.get("left").doubleValue() >= 0, at.toString());
        assertEquals(at.get("clientWidth").intValue(), at.get("scrollWidth").intValue(), "the grid must not need scrolling: " + at);
        assertTrue(at.get("pageWidth").intValue() <= at.get("window").intValue(), "the page scrolls sideways: " + at);
    }

    @Test
    void inANarrowWindowTheGridScrollsSidewaysUntilExercise10IsInView() {
        openBoard(1000, 800);
        Map<String, Number> before = geometry();
        assertTrue(before.get("pageWidth").intValue() <= before.get("window").intValue(), "the page scrolls sideways: " + before);
        assertTrue(before.get("scrollWidth").intValue() > before.get("clientWidth").intValue(), "no room, yet no scrolling: " + before);
        assertTrue(before.get("left").doubleValue() >= before.get("boxRight").doubleValue(), "exercise 10 should start out of view: " + before);

        js("document.querySelector('#student-s30 td.mark:last-child').scrollIntoView({inline: 'end', block: 'nearest'});");
        Map<String, Number> after = geometry();
        assertTrue(after.get("scrollLeft").doubleValue() > 0, after.toString());
        assertTrue(after.get("left").doubleValue() >= after.get("boxLeft").doubleValue()
                && after.get("cellRight").doubleValue() <= after.get("boxRight").doubleValue() + 0.5, "exercise 10 not in view: " + after);
        // The student column stays at the left edge while the criteria scroll past it.
        assertEquals(before.get("whoLeft").doubleValue(), after.get("whoLeft").doubleValue(), 0.5, after.toString());
    }
}
