package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new trainee studies in Chromium with the keyboard alone: ten or more questions of at least three types, each answered, its
 * feedback seen, a reload in the middle that resumes the same question, and the ten answers in the history. The
 * administrator's part (creating the account) and the first sign-in use the real pages too.
 */
class StudyBrowserIT {

    private static final String NEW_PASSWORD = "studying with the keyboard 2026";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTraineeAnswersTenQuestionsWithTheKeyboardAndResumesAfterAReload() {
        browser = Browser.start(1280, 900);
        String username = "keys." + Long.toString(System.nanoTime(), 36);
        BrowserTrainees.signInFirstTime(browser, username,
                BrowserTrainees.createTrainee(browser, username, "Keyboard Trainee"), NEW_PASSWORD);

        // New items come in curriculum order and the first ten may be of two types only, so the trainee takes up to
        // twenty new items today (typed into the settings form with the keyboard) and studies until three types met.
        browser.get(Browser.baseUrl() + "study/settings");
        WebElement perDay = browser.findElement(By.id("newItemsPerDay"));
        perDay.clear();
        perDay.sendKeys("20", Keys.ENTER);
        wait(ExpectedConditions.stalenessOf(perDay));
        assertThat(browser.findElement(By.id("newItemsPerDay")).getAttribute("value")).as("saved").isEqualTo("20");

        browser.get(Browser.baseUrl() + "study");
        Set<String> types = new LinkedHashSet<>();
        List<String> results = new ArrayList<>();
        int answered = 0;
        for (; answered < 10 || types.size() < 3 && answered < 20; answered++) {
            WebElement fieldset = awaitQuestion();
            if (answered == 5) {
                String stem = fieldset.findElement(By.tagName("legend")).getText();
                String progress = browser.findElement(By.id("session-progress")).getText();
                assertThat(progress).isEqualTo("Question 6 of " + progress.replaceAll(".* of ", ""));
                browser.navigate().refresh();
                fieldset = awaitQuestion();
                assertThat(fieldset.findElement(By.tagName("legend")).getText()).as("same question after reload")
                        .isEqualTo(stem);
                assertThat(browser.findElement(By.id("session-progress")).getText()).isEqualTo(progress);
            }
            String type = fieldset.getAttribute("data-question-type");
            types.add(type);
            BrowserTrainees.answerWithTheKeyboard(browser, type, fieldset);
            WebElement result = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                    By.id("feedback-result")));
            assertThat(result.getText()).matches("(?s).*\\b(Correct|Incorrect)\\b.*");
            results.add(result.getText());
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Explanation");
            if (answered == 0) {
                Axe.assertNoSeriousViolations(browser, "/study (feedback)");
            }
            // Enter goes on to the next question (the feedback heading has the focus, not a button).
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            wait(ExpectedConditions.stalenessOf(result));
        }
        System.out.println("StudyBrowserIT answered question types: " + types);
        assertThat(types).as("question types met").hasSizeGreaterThanOrEqualTo(3);
        assertThat(results).hasSize(answered);

        browser.get(Browser.baseUrl() + "study/history");
        assertThat(browser.findElements(By.cssSelector("table.past-reviews tbody tr"))).hasSize(answered);
    }

    private WebElement awaitQuestion() {
        return waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("fieldset[data-question-type]")));
    }

    private <T> T waitOrDescribe(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return BrowserTrainees.waitOrDescribe(browser, condition);
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return BrowserTrainees.waitFor(browser, condition);
    }
}
