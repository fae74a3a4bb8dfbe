package org.ketaminetraining.it.attack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Types into a page's forms as a person would, and submits them. */
final class FormFiller {

    /** The fields a person types text into; not passwords (the corpus is not a password), files, dates or numbers. */
    static final String TEXT_FIELDS = "input:not([type]), input[type=text], input[type=search], input[type=email],"
            + " input[type=url], input[type=tel], textarea";

    private final WebDriver browser;
    private int typed;

    FormFiller(WebDriver browser) {
        this.browser = browser;
    }

    /** The page's forms that have a visible text field. */
    List<WebElement> formsWithText() {
        List<WebElement> forms = new ArrayList<>();
        for (WebElement form : browser.findElements(By.tagName("form"))) {
            if (form.findElements(By.cssSelector(TEXT_FIELDS)).stream().anyMatch(WebElement::isDisplayed)) {
                forms.add(form);
            }
        }
        return forms;
    }

    /** The names of the form's visible text fields, in order. */
    List<String> fieldNames(WebElement form) {
        return form.findElements(By.cssSelector(TEXT_FIELDS)).stream().filter(WebElement::isDisplayed)
                .map(field -> field.getAttribute("name")).toList();
    }

    /**
     * Types a payload of the corpus into each visible text field of {@code form} (each field the next payload);
     * returns the fields' names.
     */
    List<String> fillWithPayloads(WebElement form) {
        List<String> names = new ArrayList<>();
        for (WebElement field : form.findElements(By.cssSelector(TEXT_FIELDS))) {
            if (!field.isDisplayed() || !field.isEnabled() || field.getAttribute("readonly") != null) {
                continue;
            }
            String payload = XssCorpus.forField(typed++);
            field.clear();
            // A line break typed into a one-line field would press Enter and submit the form half filled.
            field.sendKeys(field.getTagName().equals("textarea") ? payload : payload.replace('\n', ' '));
            names.add(field.getAttribute("name"));
        }
        return names;
    }

    /** Presses the form's first submit button (or submits it as Enter would) and waits for the next page. */
    void submit(WebElement form) {
        ((JavascriptExecutor) browser).executeScript("""
                const form = arguments[0];
                const button = form.querySelector('button[type=submit], input[type=submit], button:not([type])');
                if (button) button.click(); else form.requestSubmit();""", form);
        awaitNextPage(form);
    }

    /** Waits until {@code element}'s page has been replaced (a form post), or briefly for an Ajax update. */
    void awaitNextPage(WebElement element) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(element));
        } catch (TimeoutException ajax) {
            // The form was updated in place (Wicket's Ajax): nothing was replaced.
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> "complete".equals(
                ((JavascriptExecutor) page).executeScript("return document.readyState")));
    }
}
