package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stored values that other pages show, each written with payloads and then rendered in Chromium wherever it
 * appears: a department's name, the lines of a user import (its preview repeats what it refuses), and every field
 * of a question draft's Markdown (stem, options, feedback, explanation, references) in the editor's preview and
 * on the question's page. Shown as text, never run, never a CSP violation. The probe itself is proven first: an
 * inline event handler added to a page is a violation the page and the server's collector both see.
 */
class XssStoredIT {

    private static final Pattern QUESTION_ID = Pattern.compile("/author/question/([^/?]+)");
    private static final String MODULE = "demo-essentials-pharmacology";

    private ChromeDriver browser;
    private XssProbe probe;
    private int reportsBefore;
    private final List<String> findings = new ArrayList<>();

    @BeforeEach
    void start() {
        browser = Browser.start(1280, 900);
        probe = new XssProbe(browser);
        reportsBefore = ServerLog.cspReports().size();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theProbeAndTheCollectorSeeAnEventHandlerTheCspBlocked() throws Exception {
        String marker = "probe" + System.nanoTime();
        browser.get(Browser.baseUrl() + "login?" + marker);
        // What an escaping mistake would put in a page: markup with an inline event handler.
        browser.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"data:image/gif;base64,R0lGOD\" onerror=\"window.__xss = 1\">');");
        Thread.sleep(500);
        assertThat(probe.findings("login")).singleElement().asString().contains("CSP violation: script-src-attr");
        assertThat(ServerLog.await(line -> line.contains(ServerLog.CSP_REPORT) && line.contains(marker),
                Duration.ofSeconds(10))).singleElement().asString().contains("directive 'script-src-attr'",
                        "blocked 'inline'");
    }

    @Test
    void aDepartmentNamedWithMarkupIsShownAsTextWhereverItAppears() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Ward " + suffix + " <img src=x data-xss=1 onerror=window.__xss='dept'>\"><svg data-xss=1>";
        Browser.signIn(browser, "admin");
        browser.get(Browser.baseUrl() + "admin/departments");
        browser.findElement(By.id("code")).sendKeys("xss-" + suffix);
        WebElement nameField = browser.findElement(By.id("name"));
        nameField.sendKeys(name);
        new FormFiller(browser).submit(nameField.findElement(By.xpath("./ancestor::form")));
        for (String page : List.of("admin/departments", "admin/users/edit", "admin/users", "admin/assignments",
                "admin/api-tokens", "admin/activity")) {
            browser.get(Browser.baseUrl() + page);
            findings.addAll(probe.findings(page));
            if (page.equals("admin/departments")) {
                assertThat(browser.findElement(By.tagName("main")).getText()).as("the name, as text").contains(name);
            }
        }
        assertNothingInjected();
    }

    @Test
    void theUserImportShowsWhatItRefusesAsText() throws Exception {
        String payload = "<img src=x data-xss=1 onerror=window.__xss='csv'>";
        Browser.signIn(browser, "admin");
        browser.get(Browser.baseUrl() + "admin/users/import");
        WebElement csv = browser.findElement(By.id("csv"));
        csv.sendKeys("username,display_name,email,department,roles\n"
                + "xss" + System.nanoTime() + "," + payload + ",x@demo.invalid,demo-ward,TRAINEE\n"
                + "\"a\"\"><svg data-xss=1 onload=window.__xss=2>\",Name,,\"<script data-xss=1>window.__xss=3"
                + "</script>\",\"javascript:window.__xss=4\"\n");
        new FormFiller(browser).submit(csv.findElement(By.xpath("./ancestor::form")));
        findings.addAll(probe.findings("import preview"));
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the refused values, as text")
                .contains("data-xss");
        assertNothingInjected();
    }

    @Test
    void everyFieldOfAQuestionDraftRendersItsMarkdownSafely() throws Exception {
        Browser.signIn(browser, "educator");
        browser.get(Browser.baseUrl() + "author/questions?module=" + MODULE);
        new Select(browser.findElement(By.id("new-module"))).selectByValue(MODULE);
        Select type = new Select(browser.findElement(By.id("new-type")));
        type.getOptions().stream().filter(o -> o.getText().toLowerCase().contains("single")).findFirst()
                .ifPresentOrElse(o -> type.selectByVisibleText(o.getText()), () -> type.selectByIndex(1));
        click(browser.findElement(By.id("new-question-button")));
        await(ExpectedConditions.visibilityOfElementLocated(By.id("save-draft")));
        List<WebElement> addReference = browser.findElements(
                By.xpath("//button[normalize-space()='Add a reference']"));
        if (!addReference.isEmpty()) {
            click(addReference.get(0));
            await(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[contains(., 'Reference 1')]")));
        }
        WebElement form = browser.findElement(By.id("save-draft")).findElement(By.xpath("./ancestor::form"));
        List<String> fields = new FormFiller(browser).fillWithPayloads(form);
        System.out.println("[attack] question editor fields typed into: " + fields);
        assertThat(fields).as("the editor's text fields").hasSizeGreaterThanOrEqualTo(5);

        click(browser.findElement(By.id("preview-draft")));
        Thread.sleep(1_000);
        findings.addAll(probe.findings("editor preview"));
        assertThat(browser.findElement(By.tagName("main")).getText()).as("markup shown as text").contains("__xss");

        click(browser.findElement(By.id("save-draft")));
        Thread.sleep(1_000);
        findings.addAll(probe.findings("editor after saving"));
        Matcher id = QUESTION_ID.matcher(browser.getCurrentUrl());
        if (id.find()) {
            browser.get(Browser.baseUrl() + "author/question/" + id.group(1));
            findings.addAll(probe.findings("question page"));
            browser.get(Browser.baseUrl() + "author/questions?module=" + MODULE);
            findings.addAll(probe.findings("question list"));
            discard(id.group(1));
        }
        assertNothingInjected();
    }

    /** Discards the draft again, so the demo module keeps no stray draft for other tests. */
    private void discard(String questionId) {
        browser.get(Browser.baseUrl() + "author/question/" + questionId);
        List<WebElement> discard = browser.findElements(By.id("discard-draft"));
        if (!discard.isEmpty()) {
            click(discard.get(0));
            click(await(ExpectedConditions.elementToBeClickable(By.id("discard-yes"))));
        }
    }

    private void assertNothingInjected() throws InterruptedException {
        assertThat(findings).as("signs of an injection").isEmpty();
        Thread.sleep(1_000); // a report is sent after the violation, asynchronously
        assertThat(ServerLog.cspReports()).as("CSP violation reports the server received").hasSize(reportsBefore);
    }

    private WebElement await(org.openqa.selenium.support.ui.ExpectedCondition<WebElement> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", element);
    }
}
