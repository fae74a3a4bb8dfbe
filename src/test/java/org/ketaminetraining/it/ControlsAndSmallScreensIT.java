package org.ketaminetraining.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person with the keyboard, with low vision or on a phone meets, measured in Chromium with JavaScript in
 * the page: the contrast of the borders of radios, checkboxes and fields against what is behind them (WCAG 1.4.11,
 * at least 3:1), the focus ring, how many Tab presses it takes from arriving on the study page to the first
 * option, the skip link, the height of the header on a 390 and a 320 px screen, tables shown as labelled cards
 * with nothing scrolling sideways, the spacing of the administration's checkboxes, and the site's icon.
 */
class ControlsAndSmallScreensIT {

    private static final int[] PHONE_WIDTHS = {390, 320};
    private static final int PHONE_HEIGHT = 800;
    private static final double MIN_CONTROL_CONTRAST = 3.0;
    private static final int MAX_HEADER_HEIGHT = 110;
    private static final int MAX_TABS_TO_FIRST_OPTION = 3;
    /** Distance kept between two checkbox options (box and label), so neither is hit or read for the other. */
    private static final int MIN_OPTION_GAP = 8;

    /** The colour of an element's border (or outline) against the first opaque background behind it. */
    private static final String CONTRAST = """
            const element = arguments[0], property = arguments[1];
            const rgba = text => {
                const v = text.match(/[\\d.]+/g).map(Number);
                return {r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1};
            };
            const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
            const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            let back = {r: 255, g: 255, b: 255, a: 1};
            for (let e = element.parentElement; e; e = e.parentElement) {
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c.a > 0) { back = c; break; }
            }
            const style = getComputedStyle(element);
            const fore = rgba(style[property]);
            const mixed = {r: fore.r * fore.a + back.r * (1 - fore.a), g: fore.g * fore.a + back.g * (1 - fore.a),
                    b: fore.b * fore.a + back.b * (1 - fore.a)};
            const l1 = luminance(mixed), l2 = luminance(back);
            const width = parseFloat(style[property.replace('Color', 'Width')]);
            const shown = style[property.replace('Color', 'Style')] !== 'none' && width > 0;
            return shown ? (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) : 0;
            """;

    /** Everything that keeps a table from being shown as stacked, labelled cards that fit the screen. */
    private static final String CARD_PROBLEMS =
            """
                    const table = document.querySelector(arguments[0]);
                    if (!table) { return ['no table ' + arguments[0] + ' on ' + location.pathname]; }
                    const problems = [];
                    const headers = [...table.querySelectorAll('thead th')].map(th => th.textContent.replace(/\\s+/g, ' ').trim());
                    const rows = [...table.querySelectorAll('tbody tr')];
                    if (rows.length === 0) { problems.push('no rows'); }
                    rows.forEach((row, r) => {
                        if (getComputedStyle(row).display === 'table-row') { problems.push('row ' + r + ' is a table row'); }
                        [...row.children].forEach((cell, i) => {
                            if (cell.tagName !== 'TD') { return; }
                            const label = cell.getAttribute('data-label') || '';
                            const shown = getComputedStyle(cell, '::before').content;
                            if (!label || !(headers[i] || '').includes(label)) {
                                problems.push('row ' + r + ' cell ' + i + ' is labelled "' + label + '", its column "'
                                        + headers[i] + '"');
                            }
                            if (!shown || shown === 'none' || shown === 'normal') {
                                problems.push('row ' + r + ' cell ' + i + ' shows no label');
                            }
                        });
                    });
                    for (const box of [table, table.parentElement]) {
                        if (box.scrollWidth > box.clientWidth + 1) {
                            problems.push(box.tagName + ' scrolls sideways: ' + box.scrollWidth + ' > ' + box.clientWidth);
                        }
                    }
                    if (document.scrollingElement.scrollWidth > innerWidth) {
                        problems.push('the page scrolls sideways: ' + document.scrollingElement.scrollWidth + ' > '
                                + innerWidth);
                    }
                    return problems;
                    """;

    /** Checkboxes outside a fieldset with a legend, without a label, or closer to another option than allowed. */
    private static final String CHECKBOX_PROBLEMS =
            """
                    const minGap = arguments[0];
                    const problems = [];
                    const gap = (a, b) => Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
                    const options = [...document.querySelectorAll('main input[type=checkbox]')].map(box => {
                        const label = box.id ? document.querySelector('label[for="' + box.id + '"]') : null;
                        const legend = box.closest('fieldset') && box.closest('fieldset').querySelector('legend');
                        if (!legend || !legend.textContent.trim()) { problems.push(box.id + ' is in no fieldset with a legend'); }
                        if (!label) { problems.push(box.id + ' has no label'); return null; }
                        const a = box.getBoundingClientRect(), l = label.getBoundingClientRect();
                        return {name: label.textContent.trim(), label: l, whole: {left: Math.min(a.left, l.left),
                                right: Math.max(a.right, l.right), top: Math.min(a.top, l.top), bottom: Math.max(a.bottom, l.bottom)}};
                    }).filter(o => o);
                    if (options.length < 4) { problems.push('only ' + options.length + ' checkboxes'); }
                    for (let i = 0; i < options.length; i++) {
                        for (let j = i + 1; j < options.length; j++) {
                            const labels = gap(options[i].label, options[j].label);
                            const whole = gap(options[i].whole, options[j].whole);
                            if (labels <= 0 || whole < minGap) {
                                problems.push('"' + options[i].name + '" and "' + options[j].name + '": labels ' + labels
                                        + ' px apart, options ' + whole + ' px');
                            }
                        }
                    }
                    return problems;
                    """;

    private static final String HEADER_HEIGHT = "return document.querySelector('body > header').getBoundingClientRect()"
            + ".height;";

    private ChromeDriver browser;
    /** Every measurement is taken and reported, not only the first that fails. */
    private final SoftAssertions softly = new SoftAssertions();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        softly.assertAll();
    }

    @Test
    void aTraineeSeesTheControlsBordersReachesTheFirstOptionInOneTabAndReadsTheHistoryAsCards() {
        browser = Browser.start(1280, 900);
        String username = "cards." + Long.toString(System.nanoTime(), 36);
        BrowserTrainees.signInFirstTime(browser, username,
                BrowserTrainees.createTrainee(browser, username, "Card Reader"), "reading cards on a phone 2026");

        browser.get(Browser.baseUrl() + "study");
        WebElement fieldset = BrowserTrainees.waitOrDescribe(browser, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("fieldset[data-question-type]")));
        WebElement firstOption = fieldset.findElement(By.cssSelector("input, select, textarea"));
        softly.assertThat(tabsUntilFocused(firstOption)).as("Tab presses from arriving on /study to the first option")
                .isBetween(1, MAX_TABS_TO_FIRST_OPTION);
        softly.assertThat(contrast(firstOption, "outlineColor")).as("focus ring of the first option")
                .isGreaterThanOrEqualTo(MIN_CONTROL_CONTRAST);
        softly.assertThat(contrast(browser.findElement(By.id("confidence-low")), "borderTopColor"))
                .as("border of a radio on /study").isGreaterThanOrEqualTo(MIN_CONTROL_CONTRAST);
        for (WebElement checkbox : fieldset.findElements(By.cssSelector("input[type=checkbox]"))) {
            softly.assertThat(contrast(checkbox, "borderTopColor")).as("border of a checkbox on /study")
                    .isGreaterThanOrEqualTo(MIN_CONTROL_CONTRAST);
        }
        BrowserTrainees.answerWithTheKeyboard(browser, fieldset.getAttribute("data-question-type"), fieldset);
        BrowserTrainees.waitOrDescribe(browser, ExpectedConditions.visibilityOfElementLocated(
                By.id("feedback-result")));

        browser.get(Browser.baseUrl() + "study/settings");
        WebElement shortcuts = browser.findElement(By.id("keyboardShortcuts"));
        if (shortcuts.isSelected()) {
            // Measured unchecked, as a box nobody has ticked yet looks (checked, it is filled with the blue).
            shortcuts.click();
            browser.executeScript("arguments[0].blur();", shortcuts);
        }
        for (String field : List.of("keyboardShortcuts", "newItemsPerDay", "timeZone")) {
            softly.assertThat(contrast(browser.findElement(By.id(field)), "borderTopColor")).as("border of #" + field)
                    .isGreaterThanOrEqualTo(MIN_CONTROL_CONTRAST);
        }

        for (int width : PHONE_WIDTHS) {
            Browser.resize(browser, width, PHONE_HEIGHT);
            browser.get(Browser.baseUrl() + "study/history");
            assertHeaderIsCompact(width);
            assertShownAsCards("table.past-reviews", width);
            assertShownAsCards("main table", width);
            browser.get(Browser.baseUrl() + "study");
            softly.assertThat(headerHeight()).as("header height on /study at " + width + " px")
                    .isLessThanOrEqualTo(MAX_HEADER_HEIGHT);
        }
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndTakesFocusToTheContent() {
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, "admin");
        browser.get(Browser.baseUrl() + "admin/users");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        softly.assertThat(skip.getAttribute("class")).contains("skip-link");
        softly.assertThat(skip.isDisplayed()).isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        softly.assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void onAPhoneAnAdministratorGetsACompactHeaderCardsAndSpacedCheckboxes() {
        browser = Browser.start(PHONE_WIDTHS[0], PHONE_HEIGHT);
        Browser.signIn(browser, "admin");
        for (int width : PHONE_WIDTHS) {
            Browser.resize(browser, width, PHONE_HEIGHT);
            browser.get(Browser.baseUrl() + "admin/users");
            assertHeaderIsCompact(width);
            assertShownAsCards("main table", width);
            browser.get(Browser.baseUrl() + "admin/activity");
            assertShownAsCards("main table", width);
            browser.get(Browser.baseUrl() + "admin/users/edit");
            softly.assertThat(checkboxProblems()).as("checkboxes on /admin/users/edit at " + width + " px").isEmpty();
        }
        // The navigation is one press of the menu button away, and the menu works with the keyboard.
        browser.get(Browser.baseUrl());
        WebElement menu = browser.findElements(By.cssSelector("header summary")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no menu button in the header at 320 px"));
        menu.sendKeys(Keys.ENTER);
        WebElement users = BrowserTrainees.waitFor(browser, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//header//details[@open]//a[normalize-space()='Users']")));
        users.sendKeys(Keys.ENTER);
        BrowserTrainees.waitFor(browser, ExpectedConditions.urlContains("/admin/users"));
        Axe.assertNoSeriousViolations(browser, "/admin/users at 320 px");
    }

    @Test
    void onAPhoneAManagerReadsTheCompletionReportAsCards() {
        browser = Browser.start(PHONE_WIDTHS[0], PHONE_HEIGHT);
        Browser.signIn(browser, "manager");
        for (int width : PHONE_WIDTHS) {
            Browser.resize(browser, width, PHONE_HEIGHT);
            browser.get(Browser.baseUrl() + "reports/completion");
            assertHeaderIsCompact(width);
            assertShownAsCards("#completion-table", width);
        }
    }

    @Test
    void theSiteHasAnIconThatCachesMayKeep() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> icon = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "favicon.ico"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        softly.assertThat(icon.statusCode()).isEqualTo(200);
        softly.assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        softly.assertThat(icon.body()).hasSizeGreaterThan(100);
        Matcher maxAge = Pattern.compile("max-age=(\\d+)")
                .matcher(String.join(", ", icon.headers().allValues("Cache-Control")));
        softly.assertThat(maxAge.find() ? Long.parseLong(maxAge.group(1)) : 0L)
                .as("max-age in Cache-Control: " + icon.headers().allValues("Cache-Control"))
                .isGreaterThanOrEqualTo(86_400);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        softly.assertThat(login.body()).containsPattern("<link[^>]*rel=\"icon\"[^>]*href=\"[^\"]*favicon.ico\"");
    }

    /** Presses Tab from wherever focus is on arrival until the element has focus; 99 if it never does. */
    private int tabsUntilFocused(WebElement target) {
        for (int presses = 1; presses <= 20; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(browser.executeScript("return document.activeElement === arguments[0];",
                    target))) {
                System.out.printf("Tab presses from arrival to the first option on %s: %d%n",
                        browser.getCurrentUrl(), presses);
                return presses;
            }
        }
        return 99;
    }

    private double contrast(WebElement element, String colourProperty) {
        double ratio = ((Number) browser.executeScript(CONTRAST, element, colourProperty)).doubleValue();
        System.out.printf("%s of #%s (%s) on %s: %.2f:1%n", colourProperty, element.getAttribute("id"),
                element.getAttribute("type"), browser.getCurrentUrl(), ratio);
        return ratio;
    }

    private double headerHeight() {
        double height = ((Number) browser.executeScript(HEADER_HEIGHT)).doubleValue();
        System.out.printf("header on %s at %s px wide: %.0f px%n", browser.getCurrentUrl(),
                browser.executeScript("return innerWidth;"), height);
        return height;
    }

    private void assertHeaderIsCompact(int width) {
        softly.assertThat(headerHeight()).as("header height on " + browser.getCurrentUrl() + " at " + width + " px")
                .isLessThanOrEqualTo(MAX_HEADER_HEIGHT);
    }

    @SuppressWarnings("unchecked")
    private void assertShownAsCards(String table, int width) {
        List<String> problems = (List<String>) browser.executeScript(CARD_PROBLEMS, table);
        softly.assertThat(problems).as(table + " on " + browser.getCurrentUrl() + " at " + width + " px").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> checkboxProblems() {
        return (List<String>) browser.executeScript(CHECKBOX_PROBLEMS, MIN_OPTION_GAP);
    }
}
