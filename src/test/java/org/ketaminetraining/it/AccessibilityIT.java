package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.x A/AA rules (2.2 included) on every page a person uses, in Chromium, on a desktop and on a
 * 320 px wide screen. Serious and critical violations fail the test; the rest are printed.
 */
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> ADMIN_PAGES = List.of("", "admin/users", "admin/users/edit",
            "admin/users/import", "admin/departments", "admin/backups", "admin/activity", "author/banks",
            "account/password");

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
        for (String page : List.of("login", "setup", "access-denied", "expired")) {
            check(page);
        }
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

    private void signIn(String username) {
        Browser.signIn(browser, username);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
    }

    private void check(String page) {
        browser.get(Browser.baseUrl() + page);
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        results.getViolations().stream().filter(r -> !serious.contains(r)).forEach(r -> System.out.printf(
                "axe (%s) on /%s: %s, %d node(s)%n", r.getImpact(), page, r.getId(), r.getNodes().size()));
        assertThat(serious).as("serious or critical WCAG violations on /" + page + ": " + serious.stream()
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    }
}
