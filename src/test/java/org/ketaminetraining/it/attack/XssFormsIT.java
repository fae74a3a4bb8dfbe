package org.ketaminetraining.it.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketaminetraining.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The XSS corpus typed into every visible text field of every form on every page a role reaches from its
 * navigation (and one link further: a user's page, a question, a report's row), submitted, and the answer and the
 * page again rendered in Chromium: nothing ran, nothing was injected, no dangerous URL, no CSP violation in the
 * page and no new report at the server's collector. The fields are found in the pages, not listed here, so a new
 * form is covered by the next run; the test prints each one it typed into.
 */
class XssFormsIT {

    /** Links into a component (Wicket listener URLs such as ?3-1.-link) act; the crawl follows only addresses. */
    private static final Pattern LISTENER = Pattern.compile("\\?\\d*-");
    /** Downloads, the JSON API and static files render no page. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(csv|xlsx|pdf|pem|json|ico|css|js)(\\?.*)?$|/download/|/openapi|/api/|/webjars/|/wicket/resource/");
    /**
     * Forms that would change what other integration tests share (revoking a demo certificate, extending or
     * resetting a demo attempt) or that the dedicated test types into field by field (the question editor): shown,
     * not submitted.
     */
    private static final Pattern NOT_SUBMITTED = Pattern.compile(
            "/revoke$|/reports/extension/|/reports/attempts/|/author/question/[^/]+/edit$");
    private static final int MAX_PAGES = 35;

    private ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * @param fewestFields the text fields the role's pages have at least (the manager's filters are all choices;
     *                     their reasons are on pages shown, not submitted), so the crawl cannot silently find none
     */
    @ParameterizedTest
    @CsvSource({"admin, 10", "educator, 1", "manager, 0"})
    void theCorpusInEveryTextFieldRunsNothingAndViolatesNoPolicy(String role, int fewestFields) throws Exception {
        browser = Browser.start(1280, 900);
        XssProbe probe = new XssProbe(browser);
        FormFiller filler = new FormFiller(browser);
        int reportsBefore = ServerLog.cspReports().size();
        Browser.signIn(browser, role);

        List<String> findings = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Set<String> formsTyped = new HashSet<>();
        Map<String, String> pages = pagesReached();
        for (String page : pages.values()) {
            browser.get(page);
            findings.addAll(probe.findings("shown"));
            if (NOT_SUBMITTED.matcher(URI.create(page).getPath()).find()) {
                continue;
            }
            int forms = filler.formsWithText().size();
            for (int n = 0; n < forms; n++) {
                browser.get(page);
                List<WebElement> current = filler.formsWithText();
                if (n >= current.size()) {
                    break;
                }
                // One form once per page kind: the question list's filter is the same form whatever its filter.
                if (!formsTyped.add(URI.create(page).getPath() + " " + filler.fieldNames(current.get(n)))) {
                    continue;
                }
                List<String> names = filler.fillWithPayloads(current.get(n));
                filler.submit(current.get(n));
                names.forEach(name -> fields.add(URI.create(page).getPath() + " " + name));
                findings.addAll(probe.findings("after submitting " + names + " of " + page));
                browser.get(page);
                findings.addAll(probe.findings("shown again after submitting " + names));
            }
        }
        System.out.println("[attack] " + role + ": " + pages.size() + " pages, " + fields.size()
                + " text fields typed into: " + fields);

        assertThat(fields).as("text fields found in " + role + "'s pages").hasSizeGreaterThanOrEqualTo(fewestFields);
        assertThat(pages).as("pages reached").hasSizeGreaterThan(5);
        assertThat(findings).as("signs of an injection").isEmpty();
        Thread.sleep(1_000); // a report is sent after the violation, asynchronously
        assertThat(ServerLog.cspReports()).as("CSP violation reports the server received").hasSize(reportsBefore);
    }

    /**
     * The navigation's pages and those one link further, one page per address shape (ids as *), at most
     * {@value #MAX_PAGES}: keyed by the shape, in the order found.
     */
    private Map<String, String> pagesReached() {
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> navigation = links();
        navigation.forEach(link -> pages.putIfAbsent(shape(link), link));
        for (String page : navigation) {
            if (pages.size() >= MAX_PAGES) {
                break;
            }
            browser.get(page);
            for (String link : links()) {
                if (pages.size() < MAX_PAGES) {
                    pages.putIfAbsent(shape(link), link);
                }
            }
        }
        return pages;
    }

    private List<String> links() {
        String base = Browser.baseUrl();
        List<String> found = new ArrayList<>();
        for (WebElement anchor : browser.findElements(By.cssSelector("a[href]"))) {
            String href = anchor.getAttribute("href");
            if (href != null && href.startsWith(base) && !href.contains("#") && !LISTENER.matcher(href).find()
                    && !NOT_A_PAGE.matcher(href).find()) {
                found.add(href);
            }
        }
        return found;
    }

    /** The address's path with every segment that holds a digit as *: one visit per page kind. */
    private static String shape(String href) {
        return URI.create(href).getPath().replaceAll("[^/]*\\d[^/]*", "*");
    }
}
