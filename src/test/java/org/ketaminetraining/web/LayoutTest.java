package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketaminetraining.web.admin.UserEditPage;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.pub.LoginPage;

/**
 * What every page shares and a browser test measures: the icon, the small screens' menu, checkbox groups laid out
 * one option per form-check. (The measurements themselves are in ControlsAndSmallScreensIT.)
 */
class LayoutTest extends PageTestBase {

    @Test
    void theIconIsServedAtTheAddressBrowsersAskForAndCachesMayKeepItAWeek() {
        tester.executeUrl("favicon.ico");
        assertThat(tester.getLastResponse().getStatus()).isEqualTo(200);
        assertThat(tester.getLastResponse().getContentType()).isEqualTo("image/x-icon");
        assertThat(tester.getLastResponse().getBinaryContent()).startsWith(0, 0, 1, 0);
        assertThat(String.join(", ", tester.getLastResponse().getHeaders("Cache-Control")))
                .contains("public", "max-age=604800");

        tester.startPage(LoginPage.class);
        assertThat(tester.getLastResponseAsString())
                .contains("<link rel=\"icon\" type=\"image/x-icon\" href=\"./favicon.ico\">");
    }

    @Test
    void theMenuOfSmallScreensHoldsTheSameNavigationAndIsThereOnlyForSomeoneSignedIn() {
        tester.startPage(LoginPage.class);
        assertThat(tester.getLastResponseAsString()).doesNotContain("<details", "Sign out");

        signInAs(traineeId);
        tester.startPage(HomePage.class);
        String page = tester.getLastResponseAsString();
        String menu = page.substring(page.indexOf("<details"), page.indexOf("</details>"));
        assertThat(menu).contains("<summary", "Menu", "aria-label=\"Main\"", "History", "Settings", "Sign out",
                "Change password");
        assertThat(page.split("<nav ", -1)).as("a wide and a small screens' navigation").hasSize(3);
    }

    @Test
    void everyCheckboxOfAUserIsInItsOwnFormCheckWithItsLabel() {
        signInAs(adminId);
        tester.startPage(UserEditPage.class);
        String page = tester.getLastResponseAsString();
        assertThat(page).containsPattern("<div class=\"checkbox-list\"[^>]*><div class=\"form-check\"><input name="
                + "\"roles\" type=\"checkbox\"[^>]* class=\"form-check-input\"/><label for=\"[^\"]+\" "
                + "class=\"form-check-label\">Trainee</label></div>");
        assertThat(page.split("class=\"form-check\"", -1)).hasSize(1 + 4 + 1 + 1);
    }
}
