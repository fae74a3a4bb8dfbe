package org.ketaminetraining.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new trainee studies in Chromium with the keyboard alone: ten questions of mixed types, each answered, its
 * feedback seen, a reload in the middle that resumes the same question, and the ten answers in the history. The
 * administrator's part (creating the account) and the first sign-in use the real pages too.
 */
class StudyBrowserIT {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("password, shown only now, is (\\S+) \\.");
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
        signInFirstTime(username, createTrainee(username));

        browser.get(Browser.baseUrl() + "study");
        Set<String> types = new LinkedHashSet<>();
        List<String> results = new ArrayList<>();
        for (int answered = 0; answered < 10; answered++) {
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
            answerWithTheKeyboard(type, fieldset);
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
        assertThat(results).hasSize(10);

        browser.get(Browser.baseUrl() + "study/history");
        assertThat(browser.findElements(By.cssSelector("table.past-reviews tbody tr"))).hasSize(10);
    }

    /** The administrator creates the trainee on the real page; returns the temporary password it shows once. */
    private String createTrainee(String username) {
        Browser.signIn(browser, "admin");
        browser.get(Browser.baseUrl() + "admin/users/edit");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("Keyboard Trainee");
        WebElement trainee = browser.findElement(By.xpath("//label[normalize-space()='Trainee']"));
        // A new account is a trainee unless the administrator says otherwise.
        assertThat(browser.findElement(By.id(trainee.getAttribute("for"))).isSelected()).isTrue();
        browser.findElement(By.id("displayName")).sendKeys(Keys.ENTER);
        String message = waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".alert-success"))).getText();
        Matcher password = TEMPORARY_PASSWORD.matcher(message);
        assertThat(password.find()).as(message).isTrue();
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        wait(ExpectedConditions.urlContains("/login"));
        return password.group(1);
    }

    private void signInFirstTime(String username, String temporaryPassword) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(temporaryPassword, Keys.ENTER);
        wait(ExpectedConditions.urlContains("/account/password"));
        browser.findElement(By.id("currentPassword")).sendKeys(temporaryPassword);
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirm")).sendKeys(NEW_PASSWORD, Keys.ENTER);
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
    }

    private WebElement awaitQuestion() {
        return waitOrDescribe(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("fieldset[data-question-type]")));
    }

    /**
     * Answers by keys only: digit shortcuts for options, typing for text and numbers, typing or arrow keys in the
     * selects of ordering and matching, then Enter. Right or wrong does not matter here; both must give feedback.
     */
    private void answerWithTheKeyboard(String type, WebElement fieldset) {
        Actions keys = new Actions(browser);
        switch (type) {
            case "single_choice", "true_false" -> keys.sendKeys("1").perform();
            case "multiple_response" -> keys.sendKeys("1").sendKeys("2").perform();
            case "numeric" -> fieldset.findElement(By.tagName("input")).sendKeys("10");
            case "short_text" -> fieldset.findElement(By.tagName("input")).sendKeys("ketamine");
            case "ordering" -> {
                List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                for (int i = 0; i < selects.size(); i++) {
                    selects.get(i).sendKeys(String.valueOf(i + 1));
                }
            }
            case "matching" -> {
                List<WebElement> selects = fieldset.findElements(By.tagName("select"));
                for (int i = 0; i < selects.size(); i++) {
                    for (int down = 0; down <= i; down++) {
                        selects.get(i).sendKeys(Keys.ARROW_DOWN);
                    }
                }
            }
            default -> throw new AssertionError("unexpected question type " + type);
        }
        if (type.equals("ordering") || type.equals("matching")) {
            // Enter in a select belongs to the select; Tab moves on to the confidence choice, where Enter submits.
            new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        } else {
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
    }

    /** Waits, and when the wait fails says what the page showed instead. */
    private <T> T waitOrDescribe(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return wait(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("at " + browser.getCurrentUrl() + " the page shows: "
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
