package dev.smtptutor.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through the system's chromedriver (Debian: apt-get install chromium
 * chromium-driver). Both paths are given to Selenium, so its Selenium Manager never runs and
 * nothing is downloaded. A missing browser fails the test with what to install: it never skips.
 */
final class Browsers {

    static final String CHROMIUM = System.getenv().getOrDefault("SMTP_TUTOR_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("SMTP_TUTOR_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browsers() {}

    static ChromeDriver headless(int width, int height) throws Exception {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(path).canExecute()) {
                throw new AssertionError(path + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver), see README.md");
            }
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        Path profile = Files.createTempDirectory("smtp-tutor-chromium");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        return new ChromeDriver(service, options);
    }
}
