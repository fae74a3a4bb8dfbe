package org.ketaminetraining.it;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a browser test gets a new trainee the way an organisation does: the administrator creates the account on the
 * real page and reads the temporary password it shows once; the trainee signs in and chooses their own password.
 */
final class BrowserTrainees {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("password, shown only now, is (\\S+) \\.");

    private BrowserTrainees() {
    }

    /** Creates a trainee as the demo administrator, signs out, and returns the temporary password. */
    static String createTrainee(WebDriver browser, String username, String displayName) {
        Browser.signIn(browser, "admin");
        browser.get(Browser.baseUrl() + "admin/users/edit");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys(displayName);
        WebElement trainee = browser.findElement(By.xpath("//label[normalize-space()='Trainee']"));
        // A new account is a trainee unless the administrator says otherwise.
        if (!browser.findElement(By.id(trainee.getAttribute("for"))).isSelected()) {
            throw new AssertionError("a new account should be a trainee by default");
        }
        browser.findElement(By.id("displayName")).sendKeys(Keys.ENTER);
        String message = waitOrDescribe(browser, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".alert-success"))).getText();
        Matcher password = TEMPORARY_PASSWORD.matcher(message);
        if (!password.find()) {
            throw new AssertionError("no temporary password in: " + message);
        }
        signOut(browser);
        return password.group(1);
    }

    /** The first sign-in: the temporary password, then the trainee's own. */
    static void signInFirstTime(WebDriver browser, String username, String temporaryPassword, String newPassword) {
        browser.get(Browser.baseUrl() + "login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(temporaryPassword, Keys.ENTER);
        waitFor(browser, ExpectedConditions.urlContains("/account/password"));
        browser.findElement(By.id("currentPassword")).sendKeys(temporaryPassword);
        browser.findElement(By.id("newPassword")).sendKeys(newPassword);
        browser.findElement(By.id("confirm")).sendKeys(newPassword, Keys.ENTER);
        waitFor(browser, ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
    }

    /** Signs out with the sign-out button on show (the header's own, or the one in the small screens' menu). */
    static void signOut(WebDriver browser) {
        browser.findElements(By.xpath("//button[normalize-space()='Sign out']")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no visible Sign out button at " + browser.getCurrentUrl()))
                .click();
        waitFor(browser, ExpectedConditions.urlContains("/login"));
    }

    /**
     * Answers the question on show by keys only: digit shortcuts for options, typing for text and numbers, typing
     * or arrow keys in the selects of ordering and matching, then Enter. Right or wrong does not matter here; both
     * must give feedback.
     */
    static void answerWithTheKeyboard(WebDriver browser, String type, WebElement fieldset) {
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
    static <T> T waitOrDescribe(WebDriver browser, ExpectedCondition<T> condition) {
        try {
            return waitFor(browser, condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("at " + browser.getCurrentUrl() + " the page shows: "
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    static <T> T waitFor(WebDriver browser, ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
