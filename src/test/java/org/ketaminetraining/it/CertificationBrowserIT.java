package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.BankSnapshot;
import org.ketaminetraining.bank.model.ChoiceResponse;
import org.ketaminetraining.bank.model.NumericResponse;
import org.ketaminetraining.bank.model.Question;
import org.ketaminetraining.bank.model.Response;
import org.ketaminetraining.bank.model.TrueFalseResponse;
import org.ketaminetraining.certification.document.CertificatePdf;
import org.ketaminetraining.certification.signing.CertificateSigner;
import org.ketaminetraining.certification.signing.SignedCertificate;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole way to a certificate in Chromium, on the demo programme the test server loads (minimum spacing 0, a
 * five-item assessment): an administrator creates a trainee named in Chinese; the trainee chooses the programme,
 * studies every question, takes the assessment (answers saved item by item, the review page, a confirmed submit),
 * passes, finds the certificate under My certificates and downloads its three files, signs out, and checks it on the public verification page without signing
 * in. The test answers as a trainee who learned the material: it looks each question up in the demo bank files by
 * its stem, as shown.
 */
class CertificationBrowserIT {

    private static final String PASSWORD = "certified with the keyboard 2026";
    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTraineeStudiesPassesAndAnyoneCanVerifyTheCertificate() throws Exception {
        browser = Browser.start(1280, 900);
        Map<String, Question> bank = demoQuestionsByStem();
        String username = "certified." + Long.toString(System.nanoTime(), 36);
        // A name DejaVu Sans has no glyph for: the certificate's files must come whatever script a name is in.
        String holder = "李雷";
        BrowserTrainees.signInFirstTime(browser, username,
                BrowserTrainees.createTrainee(browser, username, holder), PASSWORD);

        browser.get(Browser.baseUrl() + "study/settings");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("programmeId")))
                .selectByVisibleText("Ketamine essentials (demo)");
        browser.findElement(By.xpath("//button[normalize-space()='Save settings']")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));

        studyEveryQuestion(bank);

        browser.get(Browser.baseUrl() + "assessment");
        Axe.assertNoSeriousViolations(browser, "/assessment (unlocked)");
        click(browser.findElement(By.id("start-assessment-0")));
        wait(ExpectedConditions.urlContains("/assessment/attempt/"));
        Axe.assertNoSeriousViolations(browser, "/assessment/attempt");
        int items = Integer.parseInt(browser.findElement(By.id("item-position")).getText()
                .replaceAll(".* of (\\d+).*", "$1"));
        assertThat(items).isEqualTo(5);
        for (int item = 1; item <= items; item++) {
            waitOrDescribe(ExpectedConditions.textToBePresentInElementLocated(By.id("item-position"),
                    "Question " + item + " of " + items));
            WebElement fieldset = browser.findElement(By.cssSelector("fieldset[data-question-type]"));
            answer(fieldset, lookUp(bank, fieldset));
            if (item == 2) {
                click(browser.findElement(By.id("flag-item")));
            }
            click(browser.findElement(By.id(item < items ? "next-item" : "review-and-submit")));
            if (item < items) {
                wait(replaced(fieldset));
            }
        }

        wait(ExpectedConditions.urlContains("/review"));
        assertThat(browser.findElement(By.id("review-summary")).getText()).contains("5 of 5").contains("1");
        Axe.assertNoSeriousViolations(browser, "/assessment/attempt/review");
        click(browser.findElement(By.id("submit-assessment")));
        click(waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-submit"))));

        WebElement verdict = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(By.id("result-verdict")));
        assertThat(verdict.getText()).endsWith("Passed").doesNotContain("Not");
        Axe.assertNoSeriousViolations(browser, "/assessment/result");
        click(browser.findElement(By.id("certificate-link")));

        wait(ExpectedConditions.urlContains("/certificates"));
        WebElement card = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.certificate-card")));
        assertThat(card.getText()).contains("Ketamine essentials (demo)").contains("Valid");
        Axe.assertNoSeriousViolations(browser, "/certificates");
        String code = card.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href"))
                .filter(href -> href != null && href.contains("/verify/")).findFirst()
                .map(href -> href.substring(href.indexOf("/verify/") + "/verify/".length()))
                .orElseThrow(() -> new AssertionError("no verification link in: " + card.getText()));
        List<WebElement> downloads = card.findElements(By.cssSelector("a[href*='/certificates/download/']"));
        assertThat(downloads).hasSize(3);
        downloadsAsTheHolder(downloads, holder);

        BrowserTrainees.signOut(browser);
        browser.get(Browser.baseUrl() + "verify");
        browser.findElement(By.id("verification-code")).sendKeys(code.toLowerCase(Locale.ROOT));
        click(browser.findElement(By.id("verify-button")));
        WebElement outcome = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                By.id("verification-outcome")));
        assertThat(outcome.getText()).isEqualTo("Valid");
        assertThat(browser.findElement(By.id("verified-holder")).getText()).isEqualTo(holder);
        assertThat(browser.findElement(By.id("verified-programme")).getText()).isEqualTo(
                "Ketamine essentials (demo)");
        assertThat(browser.getCurrentUrl()).contains("/verify/");
        Axe.assertNoSeriousViolations(browser, "/verify/CODE (signed out)");
    }

    /**
     * Fetches the three files behind the links over HTTP in the holder's session (its cookie, as the browser
     * would send it): each comes with its type, and the PDF's embedded file verifies with the published key.
     */
    private void downloadsAsTheHolder(List<WebElement> links, String holder) throws Exception {
        Cookie session = browser.manage().getCookieNamed("KTSESSION");
        HttpClient http = HttpClient.newHttpClient();
        PublicKey key = CertificateSigner.publicKeyFromPem(http.send(HttpRequest.newBuilder(
                URI.create(Browser.baseUrl() + "certificates/public-key.pem")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Map<String, String> types = new HashMap<>();
        for (WebElement link : links) {
            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                    .header("Cookie", "KTSESSION=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(link.getAttribute("href")).isEqualTo(200);
            String type = file.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "");
            types.put(link.getAttribute("href").replaceAll(".*/", ""), type);
            if (type.equals("application/pdf")) {
                SignedCertificate embedded = CertificatePdf.embeddedCertificate(file.body()).orElseThrow();
                assertThat(embedded.verifiesWith(key)).isTrue();
                assertThat(embedded.payload().holderName()).isEqualTo(holder);
                assertThat(flatText(file.body())).contains(holder);
            }
        }
        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("pdf", "application/pdf",
                "json", "application/json", "badge", "application/vc+jwt"));
    }

    private static String flatText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /**
     * Answers every question the study queue offers, rightly, until each of the demo programme's questions has
     * been answered at least once (with spacing 0, one right answer learns an item).
     */
    private void studyEveryQuestion(Map<String, Question> bank) {
        browser.get(Browser.baseUrl() + "study");
        Set<String> seen = new HashSet<>();
        for (int answered = 0; answered < 40 && seen.size() < bank.size(); answered++) {
            WebElement fieldset = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("fieldset[data-question-type]")));
            Question question = lookUp(bank, fieldset);
            seen.add(question.id());
            answer(fieldset, question);
            click(browser.findElement(By.id("submit-answer")));
            WebElement result = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                    By.id("feedback-result")));
            assertThat(result.getText()).as(question.id()).contains("Correct");
            // Enter goes on to the next question (the feedback heading has the focus), as a keyboard user does.
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            wait(replaced(result));
        }
        assertThat(seen).hasSize(bank.size());
    }

    /** Puts the right answer into the form, the way a trainee would: clicking options, typing numbers. */
    private static void answer(WebElement fieldset, Question question) {
        Response right = SampleAnswers.correct(question);
        if (right instanceof TrueFalseResponse value) {
            fieldset.findElement(By.id(value.value() ? "answer-true" : "answer-false"))
                    .sendKeys(org.openqa.selenium.Keys.SPACE);
        } else if (right instanceof NumericResponse number) {
            WebElement input = fieldset.findElement(By.id("answer-number"));
            input.clear();
            input.sendKeys(number.value().toPlainString());
        } else if (right instanceof ChoiceResponse choice) {
            // Choice questions keep their authored order on screen (the bank balances the right option's position).
            List<WebElement> options = fieldset.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"));
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).isSelected() != choice.selectedOptions().contains(i)) {
                    options.get(i).sendKeys(org.openqa.selenium.Keys.SPACE);
                }
            }
        } else {
            throw new AssertionError("the demo programme has no " + question.type() + " questions to answer here");
        }
    }

    private static Question lookUp(Map<String, Question> bank, WebElement fieldset) {
        String shown = normalised(fieldset.findElement(By.tagName("legend")).getText());
        Question question = bank.get(shown);
        if (question == null) {
            throw new AssertionError("no demo question has the stem shown: " + shown);
        }
        return question;
    }

    /** The demo programme's questions, keyed by their stem reduced to letters and digits (Markdown drops out). */
    private static Map<String, Question> demoQuestionsByStem() {
        BankSnapshot snapshot = BankLoader.load(Path.of("questions"), java.util.Optional.of(Path.of("questions/demo")))
                .snapshot().orElseThrow(() -> new AssertionError("the shipped bank with the demo overlay is invalid"));
        Map<String, Question> byStem = new HashMap<>();
        snapshot.modules().stream().filter(m -> m.id().startsWith("demo-"))
                .flatMap(m -> m.questions().stream()).forEach(q -> byStem.put(normalised(q.stem()), q));
        return byStem;
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Clicks like a person: the element is scrolled into view first (a sticky footer may cover the page's end). */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private <T> T waitOrDescribe(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return BrowserTrainees.waitOrDescribe(browser, condition);
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return BrowserTrainees.waitFor(browser, condition);
    }

    /**
     * The element has left the page. Selenium's {@code stalenessOf} expects a StaleElementReferenceException, but
     * Chromium may instead answer a node it is removing just then with "does not belong to the document" (seen once
     * in CI): that is gone too.
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
