import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Takes the screenshots for bench/screenshots in headless Chromium through the system's
 * chromedriver (no Selenium Manager, nothing downloaded): the board once every student's row is
 * there, one student's page once its data loaded, the report.
 *
 * <pre>
 * java -cp SELENIUM_CLASSPATH bench/Screenshots.java BOARD_URL STUDENTS REPORT_FILE OUT_DIR
 * </pre>
 */
public final class Screenshots {

    public static void main(String[] args) throws Exception {
        String board = args[0];
        int students = Integer.parseInt(args[1]);
        Path report = Path.of(args[2]);
        Path out = Path.of(args[3]);
        String chromium = System.getenv().getOrDefault("SMTP_TUTOR_CHROMIUM", "/usr/bin/chromium");
        String driverPath = System.getenv().getOrDefault("SMTP_TUTOR_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1920,1080");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(board);
            wait.until(d -> d.findElements(By.cssSelector("#board tbody tr")).size() == students);
            shoot(browser, 1920, out.resolve("board.png"));

            String base = board.substring(0, board.indexOf('/', "http://".length()));
            browser.get(base + "/student/s01");
            wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-loaded") != null);
            shoot(browser, 1400, out.resolve("student.png"));

            browser.get(report.toUri().toString());
            browser.manage().window().setSize(new Dimension(1400, 2000));
            Files.write(out.resolve("report.png"), browser.getScreenshotAs(OutputType.BYTES));
            System.out.println("wrote " + out.resolve("report.png"));
            var session = browser.findElement(By.cssSelector("#student-s01 .session"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", session);
            Files.write(out.resolve("report-session.png"), session.getScreenshotAs(OutputType.BYTES));
            System.out.println("wrote " + out.resolve("report-session.png"));
        } finally {
            browser.quit();
        }
    }

    /**
     * The whole page: the window is made as tall as the document first, plus what the board's grid
     * box hides below its own fold (it scrolls by itself, at most a window high).
     */
    private static void shoot(ChromeDriver browser, int width, Path file) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 1080));
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "const box = document.querySelector('.grid-box');"
                        + "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"
                        + " + (box ? box.scrollHeight - box.clientHeight : 0);")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 12000)));
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file);
    }
}
