package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person signs in and out in a real browser, with the keyboard, on a phone-sized screen: the demo accounts of
 * the integration-test server (KT_DEMO=true with a known KT_DEMO_PASSWORD, see pom.xml).
 */
class SignInOutIT {

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorSignsInAndOutWithTheKeyboard() {
        browser = Browser.start(1280, 900);
        browser.get(Browser.baseUrl() + "login");
        assertThat(browser.getTitle()).isEqualTo("Sign in · Ketamine Training");
        WebElement username = browser.findElement(By.id("username"));
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Username");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Password");
        username.sendKeys("admin", Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Browser.demoPassword(), Keys.ENTER);
        Browser.awaitSignedIn(browser);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Demo admin");
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Users", "Import users", "Backups");
        Cookie session = browser.manage().getCookieNamed("KTSESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        // A click returns before the form's response has loaded; wait for the navigation it starts.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You are signed out.");
        browser.get(Browser.baseUrl() + "admin/users");
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertNoCspViolations();
    }

    @Test
    void aWrongPasswordIsRefusedInPlainWords() {
        browser = Browser.start(1280, 900);
        browser.get(Browser.baseUrl() + "login");
        browser.findElement(By.id("username")).sendKeys("trainee");
        browser.findElement(By.id("password")).sendKeys("not the password", Keys.ENTER);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Error: Sign-in failed");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    @Test
    void aTraineeOnA320PixelScreenLandsOnTheDashboardWithNoAdministrationAndNoSidewaysScrolling() {
        browser = Browser.start(320, 800);
        Browser.signIn(browser, "trainee");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your dashboard");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        assertThat(browser.findElement(By.tagName("nav")).getText()).doesNotContain("Users");
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(320);
        browser.get(Browser.baseUrl() + "admin/users");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are not allowed to open this page");
    }

    private void assertNoCspViolations() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(errors).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
    }
}
