package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo manager's way through compliance in Chromium: signing in lands on their dashboard, a department's count
 * opens the completion report filtered to exactly the rows it counted, and a person's name opens their page.
 */
class ManagerDashboardBrowserIT {

    private static final Pattern ROWS_MATCH = Pattern.compile("^(\\d+) rows? match");

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerGoesFromTheDashboardToADepartmentsCountToAPerson() {
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, "manager");
        BrowserTrainees.waitFor(browser, ExpectedConditions.urlContains("/manager"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Compliance dashboard");
        List<WebElement> departments = browser.findElements(By.cssSelector("section.dashboard-department h2"));
        assertThat(departments).extracting(WebElement::getText).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg[role=img][aria-label]"))).isNotEmpty();

        // Every demo trainee stands somewhere: the first count above 0 of the first department's first programme.
        WebElement count = browser.findElements(By.cssSelector("section.dashboard-department")).get(0)
                .findElements(By.cssSelector("a.dashboard-count")).stream()
                .filter(link -> Integer.parseInt(link.findElement(By.tagName("span")).getText()) > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no count above 0 on the demo manager's dashboard"));
        int counted = Integer.parseInt(count.findElement(By.tagName("span")).getText());
        count.click();
        BrowserTrainees.waitFor(browser, ExpectedConditions.urlContains("/reports/completion"));
        assertThat(browser.getCurrentUrl()).contains("dept=", "count=", "prog=");
        assertThat(browser.findElement(By.id("report-count-filter")).getText()).startsWith("Showing only:");
        Matcher rows = ROWS_MATCH.matcher(browser.findElement(By.id("report-count")).getText());
        assertThat(rows.find()).as(browser.findElement(By.id("report-count")).getText()).isTrue();
        assertThat(Integer.parseInt(rows.group(1))).as("the report shows the rows the dashboard counted")
                .isEqualTo(counted);
        assertThat(browser.findElements(By.cssSelector("td.report-due"))).isNotEmpty();

        WebElement person = browser.findElement(By.cssSelector("a.person-link"));
        String name = person.getText();
        person.click();
        BrowserTrainees.waitFor(browser, ExpectedConditions.urlContains("/manager/person/"));
        assertThat(browser.findElement(By.id("person-heading")).getText()).startsWith(name);
        assertThat(browser.findElements(By.cssSelector("table.person-modules"))).isNotEmpty();
        Axe.assertNoSeriousViolations(browser, "a person's page");
    }
}
