package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.x A/AA rules (2.2 included) on every page a person uses, in Chromium, on a desktop and on a
 * 320 px wide screen. Serious and critical violations fail the test; the rest are printed.
 */
class AccessibilityIT {

    private static final List<String> ADMIN_PAGES = List.of("", "admin/users", "admin/users/edit",
            "admin/users/import", "admin/departments", "admin/api-tokens", "admin/backups", "admin/activity",
            "author/banks",
            "author/questions", "author/questions?module=dosing&status=published&type=numeric",
            "author/question/demo-pharm-001", "author/question/demo-pharm-001/edit",
            "author/question/demo-pharm-001/compare?left=1&right=1",
            "account/password", "reports/completion", "reports/extension/1/ketamine-clinical-safety",
            "reports/attempts/1/ketamine-clinical-safety",
            "reports/certificates/0000-0000-0000-0000-0000/revoke", "admin/assignments");
    private static final List<String> TRAINEE_PAGES = List.of("dashboard", "study", "study/history",
            "study/settings", "assessment", "certificates");
    private static final List<String> MANAGER_PAGES = List.of("", "reports/completion", "admin/assignments");
    private static final List<String> PUBLIC_PAGES = List.of("login", "setup", "access-denied", "expired", "verify",
            "verify/0000-0000-0000-0000-0000", "nonexistent/deeper/page");

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesHaveNoSeriousViolations() {
        browser = Browser.start(1280, 900);
        PUBLIC_PAGES.forEach(this::check);
    }

    @Test
    void publicPagesHaveNoSeriousViolationsAt320Pixels() {
        browser = Browser.start(320, 800);
        PUBLIC_PAGES.forEach(this::check);
    }

    @Test
    void managerPagesHaveNoSeriousViolationsOnADesktopAndAt320Pixels() {
        browser = Browser.start(1280, 900);
        signIn("manager");
        MANAGER_PAGES.forEach(this::check);
        browser.quit();
        browser = Browser.start(320, 800);
        signIn("manager");
        MANAGER_PAGES.forEach(this::check);
    }

    @Test
    void administrationPagesHaveNoSeriousViolationsOnADesktop() {
        browser = Browser.start(1280, 900);
        signIn("admin");
        ADMIN_PAGES.forEach(this::check);
    }

    @Test
    void administrationPagesHaveNoSeriousViolationsAt320Pixels() {
        browser = Browser.start(320, 800);
        signIn("admin");
        ADMIN_PAGES.forEach(this::check);
    }

    @Test
    void traineePagesHaveNoSeriousViolationsOnADesktop() {
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, "trainee");
        TRAINEE_PAGES.forEach(this::check);
    }

    @Test
    void traineePagesHaveNoSeriousViolationsAt320Pixels() {
        browser = Browser.start(320, 800);
        Browser.signIn(browser, "trainee");
        TRAINEE_PAGES.forEach(this::check);
    }

    private void signIn(String username) {
        Browser.signIn(browser, username);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
    }

    private void check(String page) {
        browser.get(Browser.baseUrl() + page);
        Axe.assertNoSeriousViolations(browser, "/" + page);
    }
}
