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
            "reports/certificates/0000-0000-0000-0000-0000/revoke", "admin/assignments", "manager", "manager/heatmap",
            "reports/completion?due=overdue&count=in-progress", "admin/outbox", "insight/items",
            "insight/items?flagged=1&sort=facility&dir=desc&attempts=all",
            "insight/item?programme=ketamine-clinical-safety&item=mech-001", "insight/calibration", "admin/scheduling");
    private static final List<String> TRAINEE_PAGES = List.of("dashboard", "study", "study/history",
            "study/settings", "assessment", "certificates");
    private static final List<String> MANAGER_PAGES = List.of("", "reports/completion", "admin/assignments", "manager",
            "manager/heatmap", "manager/person/0");
    private static final List<String> PUBLIC_PAGES = List.of("login", "setup", "access-denied", "expired", "verify",
            "verify/0000-0000-0000-0000-0000", "nonexistent/deeper/page",
            "unsubscribe/not-a-known-token");

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
        checkAPersonsPage();
        browser.quit();
        browser = Browser.start(320, 800);
        signIn("manager");
        MANAGER_PAGES.forEach(this::check);
        checkAPersonsPage();
    }

    /** The drill-down of the first person in the manager's report (the demo trainee at least). */
    private void checkAPersonsPage() {
        browser.get(Browser.baseUrl() + "reports/completion");
        String person = browser.findElement(By.cssSelector("a.person-link")).getAttribute("href");
        browser.get(person);
        assertThat(browser.findElement(By.id("person-heading")).getText()).doesNotContain("not found");
        Axe.assertNoSeriousViolations(browser, person);
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
        // A manager's home is their compliance dashboard; everyone else's says welcome.
        assertThat(browser.findElement(By.tagName("h1")).getText()).matches("Welcome.*|Compliance dashboard");
    }

    private void check(String page) {
        browser.get(Browser.baseUrl() + page);
        Axe.assertNoSeriousViolations(browser, "/" + page);
    }
}
