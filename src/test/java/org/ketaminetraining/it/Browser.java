package org.ketaminetraining.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium driven by Debian's chromedriver; Selenium Manager is never asked to download anything. */
public final class Browser {

    private Browser() {
    }

    public static String baseUrl() {
        return System.getProperty("kt.it.base.url", "http://localhost:9181/");
    }

    public static String demoPassword() {
        return System.getProperty("kt.it.demo.password");
    }

    /** Signs in on /login with the keyboard as a demo account of the test server. */
    public static void signIn(WebDriver browser, String username) {
        browser.get(baseUrl() + "login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(demoPassword(), Keys.ENTER);
        awaitSignedIn(browser);
    }

    /** Waits until the sign-in form's response has loaded: a key press returns before the navigation ends. */
    public static void awaitSignedIn(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(
                ExpectedConditions.urlContains("/login")));
    }

    /** A headless Chromium of the given width, or the test is skipped with a message when none is installed. */
    public static ChromeDriver start(int width, int height) {
        Path chromium = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
                "Chromium or chromedriver is not installed (" + chromium + ", " + driver
                        + "); .ci/run installs Debian's chromium and chromium-driver. Skipping the browser test.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        resize(browser, width, height);
        return browser;
    }

    /** Gives the browser a viewport of this size; the page on show lays itself out again. */
    public static void resize(ChromeDriver browser, int width, int height) {
        // Chromium keeps windows at least about 500 px wide; a phone-sized viewport needs device emulation.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
